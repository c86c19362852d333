using System.Security.Claims;
using System.Text.RegularExpressions;
using Safeguarding.Contracts;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>The claims this system reads from a token, and the facts it takes from them.</summary>
public static partial class PartnershipClaims
{
    public const string Partnership = "partnership";
    public const string Organisation = "organisation";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Email = "email";

    /// <summary>The tenant every read and write is scoped to; the fallback policy guarantees it is present.</summary>
    public static string PartnershipId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Partnership) ?? throw new InvalidOperationException("The caller's token has no partnership claim.");

    /// <summary>
    /// Names no partnership may have: the event store's own default tenant (data held for every partnership) and the
    /// words an operator would read as "everyone".
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedPartnershipIds =
        new HashSet<string>(["*default*", "default", "all", "any", "global", "system", "operator", "public", "admin"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A partnership's id is a short lower-case slug ("st-helens"), never a reserved name.</summary>
    public static bool IsPartnershipId(string? id) => id is not null && PartnershipIdShape().IsMatch(id) && !ReservedPartnershipIds.Contains(id);

    /// <summary>The caller's organisation, when the token names one as a GUID.</summary>
    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organisation), out var id) ? id : null;

    /// <summary>The caller's work email address: staff tokens carry one, partner systems' do not.</summary>
    public static string? EmailAddress(this ClaimsPrincipal user) => user.FindFirstValue(Email) is { Length: > 0 } email ? email.Trim().ToLowerInvariant() : null;

    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(Subject) ?? "unknown", user.FindFirstValue(Organisation));

    /// <summary>A partnership id's shape, for request rules that name another partnership.</summary>
    public const string PartnershipIdPattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

    [GeneratedRegex(PartnershipIdPattern)]
    private static partial Regex PartnershipIdShape();
}
