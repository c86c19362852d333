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
    /// <summary>Roles bound to their organisation: they read only their own agency's returns.</summary>
    private static readonly string[] OrganisationRoles = [Roles.AgencyAuditor, Roles.PartnerSystem];

    /// <summary>
    /// The Pan Mersey directory is regional on purpose: a partnership joins a public body another partnership registered
    /// (police, NHS trusts), seeing its name and kind, never the other partnership's contacts. Programme's tests cover it.
    /// GET /api/me reads back only the caller's own token (here, the organisation id the matrix put in it); Identity's
    /// tests cover it.
    /// </summary>
    private static readonly string[] SharedOnPurpose = ["POST /api/organisations/{id}/join", "GET /api/me"];

    [Fact]
    public async Task Every_endpoint_answers_every_role_of_every_organisation_and_partnership_as_the_rules_say_and_no_list_leaks()
    {
        var p = await SeededPartnership.SeedAsync(system);
        var q = TestTokens.NewPartnership();
        var endpoints = await PublishedOperation.ReadAsync(system);
        var failures = new List<string>();
        var before = await EvidenceOfASubmissionAsync(p);
        var readByA = new List<string>(); // the control: A's own auditor does read what B's may not

        foreach (var endpoint in endpoints.Where(e => !SharedOnPurpose.Contains($"{e.Method} {e.Template}")))
        {
            var path = p.Fill(endpoint.Template);
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

        void Expect(bool holds, PublishedOperation endpoint, string who, (int Status, string Body) response)
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
    private async Task<string> EvidenceOfASubmissionAsync(SeededPartnership p)
    {
        var coordinator = system.Gateway(p.PartnershipId);
        var assessment = await coordinator.GetAsync($"/api/section11/cycles/{p.Cycle}/assessments/{p.A}");
        var audit = await coordinator.GetAsync($"/api/audits/{p.Audit}");
        var action = await coordinator.GetAsync($"/api/actions/{p.Action}");
        return $"{assessment.StatusCode} {assessment.Headers.ETag} {audit.StatusCode} {audit.Headers.ETag} {action.StatusCode} {action.Headers.ETag}";
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
}
