using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Safeguarding.PartnerClient.Audit;
using Safeguarding.PartnerClient.Identity;
using Safeguarding.PartnerClient.Reporting;
using Safeguarding.PartnerClient.Section11;

namespace Safeguarding.PartnerClient;

/// <summary>
/// A partner system as its developer would write it from the published documents alone: the token URL read from
/// the document's security scheme, a client-credentials token from it, then the generated clients.
/// </summary>
public sealed class PartnerSystem(AuditClient audit, Section11Client section11, IdentityClient identity, ReportingClient reporting)
{
    public AuditClient Audit => audit;

    public Section11Client Section11 => section11;

    public IdentityClient Identity => identity;

    public ReportingClient Reporting => reporting;

    public static async Task<PartnerSystem> SignInAsync(HttpClient gateway, string clientId, string clientSecret, CancellationToken cancellationToken = default)
    {
        var document = JsonNode.Parse(await gateway.GetStringAsync("/openapi/audit.json", cancellationToken))!;
        var tokenUrl = document["components"]!["securitySchemes"]!["oauth2"]!["flows"]!["clientCredentials"]!["tokenUrl"]!.GetValue<string>();
        using var response = await gateway.PostAsync(tokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["access_token"]!.GetValue<string>();

        var adapter = new HttpClientRequestAdapter(new BearerToken(token), httpClient: gateway)
        {
            BaseUrl = gateway.BaseAddress!.GetLeftPart(UriPartial.Authority),
        };
        return new(new AuditClient(adapter), new Section11Client(adapter), new IdentityClient(adapter), new ReportingClient(adapter));
    }

    /// <summary>The token goes on every request the generated clients make, as the security scheme says.</summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", $"Bearer {token}");
            return Task.CompletedTask;
        }
    }
}
