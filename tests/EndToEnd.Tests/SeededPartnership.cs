using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Partnership P as an attacker would find it: agencies A and B; an audit with both, where A has returned; a Section 11
/// cycle where A has answered; an action owned by A. What only A (and those who oversee) may read carries
/// <see cref="SecretOfA"/>; <see cref="Markers"/> are what no other partnership may ever be shown.
/// </summary>
public sealed record SeededPartnership(string PartnershipId, string Tag, string SecretOfA, Guid A, Guid B, Guid Programme, Guid Audit, Guid Cycle, Guid Action, int Year, WholeReturn Return)
{
    private static readonly string[] CaseKeys = ["SH-2027-501", "SH-2027-502", "SH-2027-503", "SH-2027-504"];

    private sealed record ScheduledAuditDto(Guid AuditId);

    public IEnumerable<string> Markers => [Tag, A.ToString(), B.ToString(), Programme.ToString(), Audit.ToString(), Cycle.ToString(), Action.ToString()];

    /// <summary>Each route parameter gets P's record of the kind the route is about, so a stranger asks for real data.</summary>
    public string Fill(string template)
    {
        var area = template.Split('/')[2];
        var segments = template.Split('/').Select(segment => !segment.StartsWith('{') ? segment : segment.Trim('{', '}') switch
        {
            "organisationId" or "organisation" or "ownerOrganisationId" => A.ToString(),
            "year" => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "caseKey" => CaseKeys[0],
            "indicator" => "1.1",
            "format" => "json",
            "kind" => "Section11",
            "table" => "organisations.csv",
            "auditId" => Audit.ToString(),
            "cycleId" => Cycle.ToString(),
            "programmeId" => Programme.ToString(),
            _ => area switch
            {
                "audits" => Audit.ToString(),
                "section11" or "section175" => Cycle.ToString(),
                "programmes" => Programme.ToString(),
                "actions" => Action.ToString(),
                "reports" when template.Contains("agencies", StringComparison.Ordinal) => A.ToString(),
                "organisations" => A.ToString(),
                _ => Guid.NewGuid().ToString(),
            },
        });
        return string.Join('/', segments);
    }

    /// <summary>A well-formed body (an operation's own example) that names A: every organisation A, every case A's returned case.</summary>
    public string NamingA(string json)
    {
        var body = JsonNode.Parse(json);
        NameA(body);
        return body?.ToJsonString() ?? json;
    }

    private void NameA(JsonNode? node)
    {
        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
        {
            NameA(child);
        }

        if (node is not JsonObject body)
        {
            return;
        }

        foreach (var name in body.Select(p => p.Key).ToList())
        {
            body[name] = name switch
            {
                _ when name.EndsWith("rganisationId", StringComparison.Ordinal) => A.ToString(),
                _ when name.EndsWith("rganisationIds", StringComparison.Ordinal) => new JsonArray(A.ToString()),
                "caseKey" => CaseKeys[0],
                _ => body[name]?.DeepClone(),
            };
        }
    }

    /// <summary>P: agencies A and B; an audit with both, where A has returned; a Section 11 cycle where A has answered; an action owned by A.</summary>
    public static async Task<SeededPartnership> SeedAsync(WholeSystem system)
    {
        var partnership = TestTokens.NewPartnership();
        var tag = TestTokens.NewTag(10);
        var secret = $"only-for-A-{tag}";
        var coordinator = system.Gateway(partnership);
        var a = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = $"Agency A {tag}", kind = "StatutoryPartner" })).ReadAsync<IdDto>()).Id;
        var b = (await (await coordinator.PostJsonAsync("/api/organisations", new { name = $"Agency B {tag}", kind = "RelevantAgency" })).ReadAsync<IdDto>()).Id;
        var year = 2031;
        var programme = (await (await coordinator.PostJsonAsync("/api/programmes", new { year })).ReadAsync<IdDto>()).Id;
        var scheduled = await (await coordinator.PostJsonAsync($"/api/programmes/{programme}/audits",
            new { quarter = 1, theme = $"Neglect {tag}", categories = new[] { "ChildProtection" } })).ReadAsync<ScheduledAuditDto>();
        var audit = $"/api/audits/{scheduled.AuditId}";
        await Eventually.Get(() => coordinator.GetAsync(audit), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        var tool = (await (await coordinator.GetAsync("/api/audit-tools")).ReadAsync<List<JsonElement>>())
            .Single(t => t.GetProperty("name").GetString()!.Contains("exploitation", StringComparison.OrdinalIgnoreCase)).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Succeeded(coordinator.PostJsonAsync($"{audit}/terms-of-reference", new
        {
            theme = $"Neglect {tag}",
            questions = new[] { "Is neglect recognised early?" },
            lookBackMonths = 12,
            toolId = tool,
            returnsDue = today.AddDays(21),
            meetingDate = today.AddDays(35),
            reportDue = today.AddDays(56),
            categoryMix = new { earlyHelp = 0, childInNeed = 0, childProtection = 4, lookedAfterChild = 0 },
        }));
        await Succeeded(coordinator.PostJsonAsync($"{audit}/cases", new
        {
            cases = CaseKeys.Select(caseKey => new { caseKey, category = "ChildProtection", profile = new { ageBand = "5-9", gender = "female", ethnicity = "white", planType = "child-protection" } }),
        }));
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"{audit}/agencies", new { cases = CaseKeys.Select(caseKey => new { caseKey, organisationIds = new[] { a, b } }) }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        var whole = await WholeReturn.OfAsync(coordinator, audit);
        await Succeeded(system.Gateway(partnership, Roles.AgencyAuditor, a).PutJsonAsync($"{audit}/returns/{a}/{CaseKeys[0]}", whole.Body("good", secret)));

        var cycle = (await (await coordinator.PostJsonAsync("/api/section11/cycles", new { year, deadline = $"{year}-03-31" })).ReadAsync<IdDto>()).Id;
        await Eventually.Get(
            () => coordinator.PostJsonAsync($"/api/section11/cycles/{cycle}/invitations", new { organisationIds = new[] { a, b } }),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        await Succeeded(system.Gateway(partnership, Roles.AgencyAuditor, a).PutJsonAsync($"/api/section11/cycles/{cycle}/assessments/{a}/indicators/1.1", new { score = "3", narrative = secret }));
        var action = await Eventually.Get(
            () => coordinator.PostJsonAsync("/api/actions", new { what = $"Refresh neglect training {tag}", why = "Audit finding", ownerOrganisationId = a, dueDate = today.AddDays(90) }),
            r => r.StatusCode != HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30));
        return new SeededPartnership(partnership, tag, secret, a, b, programme, scheduled.AuditId, cycle, (await action.ReadAsync<IdDto>()).Id, year, whole);
    }

    private static async Task Succeeded(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
