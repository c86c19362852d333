using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>A Section 11 or Section 175 cycle of the demo partnership as the journeys need it: its indicators by standard and its best score.</summary>
public sealed record DemoCycle(string Kind, Guid Id, IReadOnlyList<IReadOnlyList<string>> Standards, string BestScore)
{
    public IEnumerable<string> Indicators => Standards.SelectMany(s => s);

    public string AssessmentOf(Guid organisation) => $"/api/{Kind}/cycles/{Id}/assessments/{organisation}";
}

/// <summary>Cycles set up through the gateway as the demo coordinator, and assessments scored as each agency's own auditor.</summary>
public static class DemoPartnershipCycles
{
    private sealed record CycleDto(Guid Id, JsonElement Framework, JsonElement Scheme);

    /// <summary>A cycle ("section11" or "section175") due in 30 days, with the organisations named invited.</summary>
    public static async Task<DemoCycle> OpenAsync(WholeSystem system, string kind, int year, Guid[] invited, string? scheme = null)
    {
        var coordinator = system.Gateway(DemoPartnershipAudits.Partnership);
        // A cycle's deadline falls in its year or the next: in December, last year's cycle cannot run a month on.
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) is var month && month.Year <= year + 1 ? month : new DateOnly(year + 1, 12, 31);
        var opened = await coordinator.PostJsonAsync($"/api/{kind}/cycles", new { year, deadline, scheme });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var cycle = Of(kind, await opened.ReadAsync<CycleDto>());
        // Section 11 knows the directory from Programme's events: a just-read organisation may take a moment to arrive.
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"/api/{kind}/cycles/{cycle.Id}/invitations", new { organisationIds = invited }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        return cycle;
    }

    /// <summary>A cycle opened some other way (in the browser).</summary>
    public static async Task<DemoCycle> ReadAsync(WholeSystem system, string kind, Guid cycleId) =>
        Of(kind, await (await system.Gateway(DemoPartnershipAudits.Partnership).GetAsync($"/api/{kind}/cycles/{cycleId}")).ReadAsync<CycleDto>());

    /// <summary>The organisation's own auditor scores the indicators given (every one when none are given) with the best score.</summary>
    public static async Task ScoreAsync(WholeSystem system, DemoCycle cycle, Guid organisation, IEnumerable<string>? indicators = null)
    {
        var auditor = system.Gateway(DemoPartnershipAudits.Partnership, Roles.AgencyAuditor, organisation);
        foreach (var indicator in indicators ?? cycle.Indicators)
        {
            (await auditor.PutJsonAsync($"{cycle.AssessmentOf(organisation)}/indicators/{indicator}", new { score = cycle.BestScore })).EnsureSuccessStatusCode();
        }
    }

    private static DemoCycle Of(string kind, CycleDto cycle) =>
        new(
            kind,
            cycle.Id,
            [.. cycle.Framework.GetProperty("standards").EnumerateArray()
                .Select(s => (IReadOnlyList<string>)[.. s.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("number").GetString()!)])],
            cycle.Scheme.GetProperty("scores")[0].GetProperty("code").GetString()!);
}
