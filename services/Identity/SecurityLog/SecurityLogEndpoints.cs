using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.SecurityLog;

/// <summary>Writes the security log as things happen, and lets the coordinator read their partnership's.</summary>
public static class SecurityLogEndpoints
{
    public const int MaxEntries = 1000;

    public static async Task RecordAsync(
        IdentityStore store, HttpContext http, TimeProvider clock, string partnershipId, string kind, string subject, string? subjectName, string? detail = null)
    {
        store.Add(new SecurityEvent
        {
            At = clock.GetUtcNow(),
            PartnershipId = partnershipId,
            Kind = kind,
            Subject = subject,
            SubjectName = subjectName,
            Actor = http.User.FindFirstValue(PartnershipClaims.Subject) ?? subject,
            From = http.CallerAddress(),
            Detail = detail,
        });
        await store.SaveChangesAsync(http.RequestAborted);
    }

    public static IEndpointRouteBuilder MapSecurityLog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/security-log", Read).WithTags("Staff users").RequireAuthorization(Policies.ReadAccessLog).Paged();
        return app;
    }

    /// <summary>
    /// The partnership's security events in a period (the last 30 days unless asked), newest first, optionally about one
    /// user or client, or done by one person (their subject, as <c>actor</c>).
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<SecurityEvent>>, ValidationProblem>> Read(
        DateTimeOffset? from, DateTimeOffset? to, string? subject, string? actor, IdentityStore store, ClaimsPrincipal caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (end, start) = (to ?? clock.GetUtcNow(), from ?? (to ?? clock.GetUtcNow()).AddDays(-30));
        var errors = new ValidationErrors()
            .When(start > end, "from", "from must not be after to.")
            .When(subject?.Length > 200, "subject", "subject is at most 200 characters.")
            .When(actor?.Length > 200, "actor", "actor is at most 200 characters.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partnership = caller.PartnershipId();
        var events = await store.Set<SecurityEvent>()
            .Where(e => e.PartnershipId == partnership && e.At >= start && e.At <= end && (subject == null || e.Subject == subject) && (actor == null || e.Actor == actor))
            .OrderByDescending(e => e.Id)
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SecurityEvent>>(events);
    }
}
