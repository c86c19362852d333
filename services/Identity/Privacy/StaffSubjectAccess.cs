using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Privacy;

/// <summary>
/// Identity's part of a member of staff's subject access request: their account as it is kept, and every security-log
/// entry about them or done by them. The answer is itself written to the security log.
/// </summary>
public static class StaffSubjectAccess
{
    /// <summary>In the answer instead of the hash: that one is kept, and why it is not given.</summary>
    public const string PasswordKept = "Kept only as a salted hash, which serves to check the password and is not given out.";

    public static IEndpointRouteBuilder MapStaffSubjectAccess(this IEndpointRouteBuilder app)
    {
        // A POST, like every service's subject access: the person asked about is named in the body, not in an address.
        app.MapPost("/api/users/subject-access", Read).WithTags("Subject access").RequireAuthorization(Policies.AnswerSubjectAccess);
        return app;
    }

    /// <summary>A member of staff's account as it is kept (the password hash withheld) and every security-log entry about them or by them.</summary>
    public static async Task<Results<Ok<HeldAboutPerson>, ValidationProblem>> Read(
        StaffSubjectAccessRequest request, IdentityStore store, ClaimsPrincipal caller, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(request);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (subject, partnership) = (request.Subject!, caller.PartnershipId());
        var account = await store.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == subject && u.PartnershipId == partnership, cancellationToken);
        var log = await store.Set<SecurityEvent>().AsNoTracking()
            .Where(e => e.PartnershipId == partnership && (e.Subject == subject || e.Actor == subject))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        await SecurityLogEndpoints.RecordAsync(store, http, clock, partnership, SecurityEventKinds.SubjectAccessAnswered, subject, account?.Email);

        HeldDocument[] kept = account is null ? [] :
        [
            new("StaffUser", account.Id, null, Json(new
            {
                account.Email, account.DisplayName, account.OrganisationId, account.Roles, account.DisabledAt, account.LockoutEnd,
                account.AccessFailedCount, Password = account.PasswordHash is null ? null : PasswordKept,
            })),
        ];
        var events = log.Select(e => new HeldEvent("SecurityLog", e.Id, e.Kind, e.At, Json(new { e.Kind, e.Subject, e.SubjectName, e.Actor, e.From, e.Detail })));
        return TypedResults.Ok(new HeldAboutPerson(subject, [.. events], kept));
    }

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();
}
