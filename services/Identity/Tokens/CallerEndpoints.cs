using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Tokens;

/// <summary>Who a token is, as every service reads it: a partner system checks its set-up with one call.</summary>
public sealed record Caller(string Subject, string Name, string Partnership, Guid? OrganisationId, IReadOnlyList<string> Roles, IReadOnlyList<string> May);

public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapCallerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", WhoAmI).WithTags("Who I am").RequireAuthorization(Policies.ReadOwnToken);
        return app;
    }

    /// <summary>Who this token is: subject, name, partnership, organisation, roles, and the policies those roles allow.</summary>
    public static Ok<Caller> WhoAmI(ClaimsPrincipal user)
    {
        string[] roles = [.. user.FindAll(PartnershipClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal)];
        return TypedResults.Ok(new Caller(
            user.FindFirstValue(PartnershipClaims.Subject) ?? "",
            user.FindFirstValue("name") ?? "",
            user.PartnershipId(),
            user.OrganisationId(),
            roles,
            Policies.AllowedFor(roles)));
    }
}
