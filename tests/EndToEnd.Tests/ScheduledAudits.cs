using System.Net;
using System.Text.Json;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>An exploitation audit on a new 2027 programme, through the gateway: open in Audit, with the built-in exemplar tool's id.</summary>
public static class ScheduledAudits
{
    public sealed record Scheduled(Guid ProgrammeId, Guid AuditId, Guid Exemplar)
    {
        public string Audit => $"/api/audits/{AuditId}";
    }

    public static async Task<Scheduled> ExploitationAuditAsync(HttpClient coordinator)
    {
        var programme = await (await coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).ReadAsync<ProgrammeDto>();
        var scheduled = await (await coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/audits",
            new { quarter = 1, theme = "Child exploitation", categories = new[] { "EarlyHelp", "ChildInNeed", "ChildProtection", "LookedAfterChild" } })).ReadAsync<ScheduledAuditDto>();
        await Eventually.Get(() => coordinator.GetAsync($"/api/audits/{scheduled.AuditId}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        var tools = await (await coordinator.GetAsync("/api/audit-tools")).ReadAsync<List<JsonElement>>();
        var exemplar = tools.Single(t => t.GetProperty("name").GetString()!.Contains("exploitation", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetGuid();
        return new(programme.Id, scheduled.AuditId, exemplar);
    }
}
