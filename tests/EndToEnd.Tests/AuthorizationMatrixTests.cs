using System.Net;
using System.Text.Json;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// The authorization matrix through the front door: every endpoint every service publishes × every role × the
/// caller's own or another organisation × their own or another partnership. Partnership P holds two agencies, A and B,
/// with an audit return and a Section 11 answer that only A (and those who oversee) may read; partnership Q holds
/// nothing. Each service's own tests check that a role gets past exactly the policies that name it; this checks what
/// comes back through the gateway.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class AuthorizationMatrixTests(WholeSystem system)
{
    private static readonly string[] Services = ["programme", "audit", "section11", "learning", "reporting", "identity"];

    /// <summary>Roles bound to their organisation: they read only their own agency's returns.</summary>
    private static readonly string[] OrganisationRoles = [Roles.AgencyAuditor, Roles.PartnerSystem];

    /// <summary>
    /// The Pan Mersey directory is regional on purpose: a partnership joins a public body another partnership registered
    /// (police, NHS trusts), seeing its name and kind, never the other partnership's contacts. Programme's tests cover it.
    /// GET /api/me reads back only the caller's own token (here, the organisation id the matrix put in it); Identity's
    /// tests cover it.
    /// </summary>
    private static readonly string[] SharedOnPurpose = ["POST /api/organisations/{id}/join", "GET /api/me"];

    private static readonly string[] CaseKeys = ["SH-2027-501", "SH-2027-502", "SH-2027-503", "SH-2027-504"];

    private sealed record IdDto(Guid Id);

    private sealed record ScheduledAuditDto(Guid AuditId);

    private sealed record Endpoint(string Method, string Template);

    private sealed record Seeded(string PartnershipId, string Tag, string SecretOfA, Guid A, Guid B, Guid Programme, Guid Audit, Guid Cycle, Guid Action, int Year)
    {
        public IEnumerable<string> Markers => [Tag, A.ToString(), B.ToString(), Programme.ToString(), Audit.ToString(), Cycle.ToString(), Action.ToString()];
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_of_every_organisation_and_partnership_as_the_rules_say_and_no_list_leaks()
    {
        var p = await SeedAsync();
        var q = TestTokens.NewPartnership();
        var endpoints = await EndpointsAsync();
        var failures = new List<string>();
        var before = await EvidenceOfASubmissionAsync(p);
        var readByA = new List<string>(); // the control: A's own auditor does read what B's may not

        foreach (var endpoint in endpoints.Where(e => !SharedOnPurpose.Contains($"{e.Method} {e.Template}")))
        {
            var path = Fill(endpoint.Template, p);
            var anonymous = await SendAsync(system.Gateway(), endpoint.Method, path);
            Expect(anonymous.Status == 401, endpoint, "no token", anonymous);

            foreach (var role in Roles.All)
            {
                // Another partnership: never a 2xx that shows anything of P's, whatever the method.
                var stranger = await SendAsync(system.Gateway(q, role, p.A), endpoint.Method, path);
                Expect(IsAnswer(stranger.Status) && !(stranger.Status is >= 200 and < 300 && p.Markers.Any(stranger.Body.Contains)), endpoint, $"{role} of another partnership", stranger);
                if (endpoint.Method != "GET")
                {
                    continue; // P's own writes are each service's tests; here they would change the data the matrix reads.
                }

                var own = await SendAsync(system.Gateway(p.PartnershipId, role, p.A), endpoint.Method, path);
                var other = await SendAsync(system.Gateway(p.PartnershipId, role, p.B), endpoint.Method, path);
                Expect(IsAnswer(own.Status), endpoint, $"{role} of A", own);
                if (role == Roles.AgencyAuditor && own.Body.Contains(p.SecretOfA, StringComparison.Ordinal))
                {
                    readByA.Add(endpoint.Template);
                }

                Expect(IsAnswer(other.Status), endpoint, $"{role} of B", other);
                if (OrganisationRoles.Contains(role))
                {
                    // Another agency of the same partnership never reads A's return, in a record or in a list.
                    Expect(!other.Body.Contains(p.SecretOfA, StringComparison.Ordinal), endpoint, $"{role} of B reads A's return", other);
                    Expect(other.Status is not (>= 200 and < 300) || !ReadsAnOrganisationsOwnRecord(endpoint.Template), endpoint, $"{role} of B reads A's record", other);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains("/api/section11/cycles/{cycleId}/assessments/{organisationId}", readByA);
        Assert.Contains(readByA, t => t.StartsWith("/api/audits/{", StringComparison.Ordinal));
        Assert.Equal(before, await EvidenceOfASubmissionAsync(p));

        void Expect(bool holds, Endpoint endpoint, string who, (int Status, string Body) response)
        {
            if (!holds)
            {
                failures.Add($"{endpoint.Method} {endpoint.Template} as {who}: {response.Status} {response.Body[..Math.Min(200, response.Body.Length)]}");
            }
        }
    }

    /// <summary>A refusal or an answer: never a 401 with a valid token, never a server error.</summary>
    private static bool IsAnswer(int status) => status is >= 200 and < 500 and not 401;

    /// <summary>Records that belong to one organisation: its audit returns, its Section 11 assessment, its agency dashboard.</summary>
    private static bool ReadsAnOrganisationsOwnRecord(string template) =>
        template.Contains("/returns/{", StringComparison.Ordinal) || template.Contains("/assessments/{", StringComparison.Ordinal)
        || template.StartsWith("/api/reports/agencies/{", StringComparison.Ordinal);

    /// <summary>What P's records look like to P's coordinator: nothing another partnership sends may change them.</summary>
    private async Task<string> EvidenceOfASubmissionAsync(Seeded p)
    {
        var coordinator = system.Gateway(p.PartnershipId);
        var assessment = await coordinator.GetAsync($"/api/section11/cycles/{p.Cycle}/assessments/{p.A}");
        var audit = await coordinator.GetAsync($"/api/audits/{p.Audit}");
        var action = await coordinator.GetAsync($"/api/actions/{p.Action}");
        return $"{assessment.StatusCode} {assessment.Headers.ETag} {audit.StatusCode} {audit.Headers.ETag} {action.StatusCode} {action.Headers.ETag}";
    }

    private async Task<List<Endpoint>> EndpointsAsync()
    {
        var endpoints = new List<Endpoint>();
        foreach (var service in Services)
        {
            var document = JsonDocument.Parse(await system.Gateway().GetStringAsync($"/openapi/{service}.json")).RootElement;
            foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
            {
                endpoints.AddRange(path.Value.EnumerateObject()
                    .Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch")
                    .Select(o => new Endpoint(o.Name.ToUpperInvariant(), path.Name)));
            }
        }

        Assert.True(endpoints.Count > 100, $"Only {endpoints.Count} endpoints were published.");
        return endpoints;
    }

    /// <summary>Each route parameter gets P's record of the kind the route is about, so a stranger asks for real data.</summary>
    private static string Fill(string template, Seeded p)
    {
        var area = template.Split('/')[2];
        var segments = template.Split('/').Select(segment => !segment.StartsWith('{') ? segment : segment.Trim('{', '}') switch
        {
            "organisationId" or "organisation" or "ownerOrganisationId" => p.A.ToString(),
            "year" => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "caseKey" => "SH-2027-501",
            "format" => "json",
            "kind" => "Section11",
            "table" => "organisations.csv",
            "auditId" => p.Audit.ToString(),
            "cycleId" => p.Cycle.ToString(),
            "programmeId" => p.Programme.ToString(),
            _ => area switch
            {
                "audits" => p.Audit.ToString(),
                "section11" or "section175" => p.Cycle.ToString(),
                "programmes" => p.Programme.ToString(),
                "actions" => p.Action.ToString(),
                "reports" when template.Contains("agencies", StringComparison.Ordinal) => p.A.ToString(),
                "organisations" => p.A.ToString(),
                _ => Guid.NewGuid().ToString(),
            },
        });
        return string.Join('/', segments);
    }

    private static async Task Succeeded(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>P: agencies A and B; an audit with both, where A has returned; a Section 11 cycle where A has answered; an action owned by A.</summary>
    private async Task<Seeded> SeedAsync()
    {
        var partnership = TestTokens.NewPartnership();
        var tag = Guid.NewGuid().ToString("N")[..10];
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
        await Succeeded(system.Gateway(partnership, Roles.AgencyAuditor, a).PutJsonAsync($"{audit}/returns/{a}/SH-2027-501", new
        {
            answers = Array.Empty<object>(),
            sectionGrades = new[] { new { sectionKey = "missing", grade = "good", rationale = secret } },
            evidence = secret,
            overallGrade = "good",
            overallRationale = secret,
        }));

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
        return new Seeded(partnership, tag, secret, a, b, programme, scheduled.AuditId, cycle, (await action.ReadAsync<IdDto>()).Id, year);
    }
}
