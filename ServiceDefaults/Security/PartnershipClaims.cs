using System.Security.Claims;
using Safeguarding.Contracts;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>The claims this system reads from a token, and the facts it takes from them.</summary>
public static class PartnershipClaims
{
    public const string Partnership = "partnership";
    public const string Organisation = "organisation";
    public const string Role = "role";
    public const string Subject = "sub";

    /// <summary>The tenant every read and write is scoped to; the fallback policy guarantees it is present.</summary>
    public static string PartnershipId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Partnership) ?? throw new InvalidOperationException("The caller's token has no partnership claim.");

    /// <summary>The caller's organisation, when the token names one as a GUID.</summary>
    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organisation), out var id) ? id : null;

    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(Subject) ?? "unknown", user.FindFirstValue(Organisation));
}
