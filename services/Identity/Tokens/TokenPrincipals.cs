using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Tokens;

/// <summary>
/// Who a token speaks for, the same way for a partner system and a member of staff: subject, name, partnership,
/// organisation and roles, for the Safeguarding API. Staff claims are read afresh from the user at every issue, so a
/// change of roles or a disabled account takes effect at the next refresh.
/// </summary>
public static class TokenPrincipals
{
    public static ClaimsPrincipal ForClient(PartnerClient client, string audience) =>
        Build(client.ClientId, client.Name, client.PartnershipId, client.OrganisationId, client.Roles, audience, email: null, scopes: []);

    /// <summary>
    /// A member of staff's tokens. The refresh token also keeps the account's security stamp (added after the
    /// destinations are set, so no access or identity token shows it): a new password, a new password link or a role
    /// change ends every refresh at once.
    /// </summary>
    public static ClaimsPrincipal ForStaff(StaffUser user, IEnumerable<string> scopes, string audience)
    {
        var principal = Build(user.Id, user.DisplayName, user.PartnershipId, user.OrganisationId, user.Roles, audience, user.Email, scopes);
        principal.SetClaim(StaffAccess.StampClaim, user.SecurityStamp);
        return principal;
    }

    /// <summary>The platform operator: the operator role and no partnership or organisation, so no partnership's data.</summary>
    public static ClaimsPrincipal ForOperator(string clientId, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, PartnershipClaims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, "Platform operator");
        identity.SetClaims(PartnershipClaims.Role, [Roles.Operator]);
        identity.SetResources(audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    public static string Audience(IConfiguration configuration) => configuration["Auth:Audience"] ?? "safeguarding-api";

    private static ClaimsPrincipal Build(
        string subject, string name, string partnershipId, Guid organisationId, IEnumerable<string> roles, string audience, string? email, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, PartnershipClaims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, name)
            .SetClaim(Claims.Email, email)
            .SetClaim(PartnershipClaims.Partnership, partnershipId)
            .SetClaim(PartnershipClaims.Organisation, organisationId.ToString());
        identity.SetClaims(PartnershipClaims.Role, [.. roles]);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        // The web front end shows the name and builds its navigation from the roles, so the identity token carries them too.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
