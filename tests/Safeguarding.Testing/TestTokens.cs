using System.Net.Http.Headers;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Testing;

/// <summary>Tokens signed with the tests' own key, for any partnership, roles and organisation.</summary>
public static class TestTokens
{
    public static readonly AuthOptions Options = new()
    {
        Issuer = "safeguarding-tests",
        Audience = "safeguarding-api",
        SigningKey = "tests-only-signing-key-" + new string('x', 24),
    };

    /// <summary>A token for a person; with an e-mail address their subject is their own (and with a name, Identity's name claim).</summary>
    public static string For(string partnershipId, string role, string? organisationId = null, string? email = null, string? name = null) =>
        LocalTokenIssuer.Issue(Options, email is null ? $"test-{role}" : $"test-{role}-{email}", partnershipId, [role], organisationId, email: email, name: name);

    /// <summary>The platform operator's token: the operator role and no partnership.</summary>
    public static string ForOperator() => LocalTokenIssuer.Issue(Options, "test-operator", partnershipId: null, [Roles.Operator]);

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient As(this HttpClient client, string partnershipId, string role, string? organisationId = null) =>
        client.WithToken(For(partnershipId, role, organisationId));

    /// <summary>A partnership id of its own for each test, so tests sharing a database never see each other's data.</summary>
    public static string NewPartnership() => "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A random tag of letters only, for text about a case: a run of digits could read as a phone or NHS number.</summary>
    public static string NewTag(int length) => new([.. Guid.NewGuid().ToString("N")[..length].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
}
