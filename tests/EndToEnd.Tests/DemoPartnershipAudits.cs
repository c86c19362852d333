using System.Net;
using System.Text.Json;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Audits in the demo partnership (St Helens), set up through the gateway as its coordinator, for the web journeys
/// of the demo staff users. Each gets its own theme, so tests sharing the running system do not meet.
/// </summary>
public static class DemoPartnershipAudits
{
    public const string Partnership = "st-helens";
    public const int Year = 2031;

    /// <summary>Board journeys read this year's figures, which the dashboard shows first.</summary>
    public static readonly int ThisYear = DateTime.UtcNow.Year;

    private sealed record OrganisationDto(Guid Id, string Name);

    public static async Task<Guid> OrganisationAsync(WholeSystem system, string name) =>
        (await (await system.Gateway(Partnership).GetAsync("/api/organisations")).ReadAsync<List<OrganisationDto>>()).Single(o => o.Name == name).Id;

    /// <summary>
    /// An audit with the general case audit tool whose returns are open: four child protection cases (the smallest
    /// sample), <paramref name="caseKey"/> first, each owed by every agency named.
    /// </summary>
    public static Task<Guid> WithReturnsOpenAsync(WholeSystem system, string theme, string caseKey, params Guid[] agencies) =>
        WithReturnsOpenAsync(system, Year, theme, caseKey, agencies);

    public static async Task<Guid> WithReturnsOpenAsync(WholeSystem system, int year, string theme, string caseKey, params Guid[] agencies)
    {
        var coordinator = system.Gateway(Partnership);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var auditId = await OpenedAsync(system, year, theme);
        var audit = $"/api/audits/{auditId}";
        var tools = await (await coordinator.GetAsync("/api/audit-tools")).ReadAsync<List<JsonElement>>();
        var general = tools.Single(t => t.GetProperty("name").GetString() == "Multi-agency case audit").GetProperty("id").GetGuid();

        await Succeeded(coordinator.PostJsonAsync($"{audit}/terms-of-reference", new
        {
            theme,
            questions = new[] { "How well do agencies work together once a child is on a plan?" },
            lookBackMonths = 12,
            toolId = general,
            returnsDue = today.AddDays(21),
            meetingDate = today.AddDays(35),
            reportDue = today.AddDays(56),
            categoryMix = new { earlyHelp = 0, childInNeed = 0, childProtection = 4, lookedAfterChild = 0 },
        }));
        var caseKeys = CaseKeys(caseKey);
        await Succeeded(coordinator.PostJsonAsync($"{audit}/cases", new
        {
            cases = caseKeys.Select(key => new { caseKey = key, category = "ChildProtection", profile = new { ageBand = "10-15", gender = "female", ethnicity = "white", planType = "child-protection" } }),
        }));
        var notified = await Eventually.Get(
            () => coordinator.PostJsonAsync($"{audit}/agencies", new { cases = caseKeys.Select(key => new { caseKey = key, organisationIds = agencies }) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, notified.StatusCode);
        return auditId;
    }

    /// <summary>An audit just opened from the programme (in scoping), on a theme of its own.</summary>
    public static async Task<Guid> OpenedAsync(WholeSystem system, int year, string theme)
    {
        var coordinator = system.Gateway(Partnership);
        var programme = await ProgrammeAsync(system, year);
        var accepted = await coordinator.PostJsonAsync($"/api/programmes/{programme.Id}/audits", new { quarter = 2, theme, categories = new[] { "ChildProtection" } });
        var scheduled = await accepted.ReadAsync<ScheduledAuditDto>();

        // Accepted: the Audit service opens the audit from the programme's event, at the Location the answer gives.
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Eventually.Get(() => coordinator.GetAsync(accepted.Headers.Location), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        return scheduled.AuditId;
    }

    /// <summary>The demo partnership's programme for the year, made if it is not there yet.</summary>
    public static async Task<ProgrammeDto> ProgrammeAsync(WholeSystem system, int year)
    {
        var coordinator = system.Gateway(Partnership);
        var created = await coordinator.PostJsonAsync("/api/programmes", new { year });
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, created.StatusCode.ToString());
        return (await (await coordinator.GetAsync("/api/programmes")).ReadAsync<List<ProgrammeDto>>()).Single(p => p.Year == year);
    }

    /// <summary>
    /// An audit taken to its meeting this year: the agencies' returns are in and the four cases are graded, in the
    /// order given, at the meeting.
    /// </summary>
    public static async Task<Guid> WithMeetingHeldAsync(WholeSystem system, string theme, string caseKey, IReadOnlyList<string> caseGrades, params Guid[] agencies)
    {
        var auditId = await WithReturnsClosedAsync(system, theme, caseKey, agencies);
        var audit = $"/api/audits/{auditId}";
        var caseKeys = CaseKeys(caseKey);
        await Succeeded(system.Gateway(Partnership).PostJsonAsync($"{audit}/meeting", new
        {
            heldOn = DateOnly.FromDateTime(DateTime.UtcNow),
            attendees = agencies.Select(a => new { organisationId = a, role = "Safeguarding lead" }),
            caseGrades = caseKeys.Zip(caseGrades, (key, grade) => new { caseKey = key, grade, rationale = "Agreed at the meeting." }),
            findings = new[] { new { kind = "GoodPractice", text = "Plans were reviewed on time.", sectionKey = "planning" } },
        }));
        return auditId;
    }

    /// <summary>An audit this year whose returns are all in (every agency, every case) and closed: ready for its meeting.</summary>
    public static async Task<Guid> WithReturnsClosedAsync(WholeSystem system, string theme, string caseKey, params Guid[] agencies)
    {
        var auditId = await WithReturnsOpenAsync(system, ThisYear, theme, caseKey, agencies);
        var coordinator = system.Gateway(Partnership);
        var audit = $"/api/audits/{auditId}";
        var whole = await WholeReturn.OfAsync(coordinator, audit);
        foreach (var agency in agencies)
        {
            foreach (var key in CaseKeys(caseKey))
            {
                await Succeeded(system.Gateway(Partnership, Safeguarding.ServiceDefaults.Security.Roles.AgencyAuditor, agency).PutJsonAsync($"{audit}/returns/{agency}/{key}", whole.Body("good", "Records show a timely response.")));
            }
        }

        await Succeeded(coordinator.PostJsonAsync($"{audit}/returns/close", new { }));
        return auditId;
    }

    /// <summary>The four cases of an audit set up here: the key given, then the same key numbered 1 to 3.</summary>
    public static string[] CaseKeys(string first) => [first, .. Enumerable.Range(1, 3).Select(n => $"{first}-{n}")];

    private static async Task Succeeded(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
