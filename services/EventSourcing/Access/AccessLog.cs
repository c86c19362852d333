using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Telemetry;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.EventSourcing.Access;

/// <summary>
/// Someone read, or was refused, a case-level or organisation-level record or an export: who (their account's subject,
/// and the name their token gave, as it was then), as what, what, when, and from where.
/// </summary>
[KeptAs(RecordKind.AccessLogs, Policies.ReadAccessLog)]
public sealed record RecordRead(
    [NotPersonal("The kind of record read.")] string Kind,
    [NotPersonal("The address read, with any case key taken out.")] string Path,
    IReadOnlyDictionary<string, Guid> Ids,
    [PersonalData(PersonalData.StaffAccount)] string Subject,
    [NotPersonal("The reader's organisation's id.")] string? Organisation,
    [NotPersonal("The reader's roles.")] IReadOnlyList<string> Roles,
    [PersonalData(PersonalData.NetworkAddress)] string? From,
    DateTimeOffset At,
    bool Refused = false,
    [PersonalData(PersonalData.WorkContact, "The reader's name as their sign-in gave it, so the log names people.")] string? Name = null);

/// <summary>An endpoint whose reads the access log records, under this kind.</summary>
public sealed record RecordedAccess(string Kind);

/// <summary>
/// The access log: every read of a record it guards, and every read refused (403, 404: what probing looks like),
/// becomes an event of its own stream, never changed afterwards, in the reader's partnership. The coordinator reads
/// it back by period and record.
/// </summary>
public static class AccessLog
{
    public const int MaxEntries = 1000;

    /// <summary>
    /// Records each call of this endpoint as a read, or a refused read, of a <paramref name="kind"/> record: refused by
    /// the endpoint (not found, not theirs) or by role before it runs (<see cref="RefusedReads"/>).
    /// </summary>
    public static RouteHandlerBuilder RecordsAccess(this RouteHandlerBuilder endpoint, string kind) =>
        endpoint.WithMetadata(new RecordedAccess(kind)).AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var status = (result is INestedHttpResult nested ? nested.Result : result) switch
            {
                IFileHttpResult => StatusCodes.Status200OK,
                IStatusCodeHttpResult { StatusCode: { } code } => code,
                _ => (int?)null,
            };
            if (status is >= 200 and < 300 or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
            {
                await RecordAsync(context.HttpContext, kind, refused: status >= 400);
            }

            return result;
        });

    internal static async Task RecordAsync(HttpContext http, string kind, bool refused = false)
    {
        var user = http.User;
        var read = new RecordRead(
            kind,
            SensitiveData.RedactPath(http.Request.Path),
            http.Request.RouteValues.Where(v => Guid.TryParse(v.Value?.ToString(), out _)).ToDictionary(v => v.Key, v => Guid.Parse(v.Value!.ToString()!)),
            user.FindFirstValue(PartnershipClaims.Subject) ?? "unknown",
            user.FindFirstValue(PartnershipClaims.Organisation),
            [.. user.FindAll(PartnershipClaims.Role).Select(c => c.Value)],
            http.CallerAddress(),
            // The service's own clock, which the log's period is read against.
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            refused,
            user.FindFirstValue("name"));
        await using var session = http.RequestServices.GetRequiredService<IDocumentStore>().LightweightSession(user.PartnershipId());
        session.Events.StartStream(Guid.CreateVersion7(), read);
        await session.SaveChangesAsync(http.RequestAborted);
    }

    public static IEndpointRouteBuilder MapAccessLog(this IEndpointRouteBuilder app, string path)
    {
        app.MapGet(path, ReadAsync).WithTags("Access log").RequireAuthorization(Policies.ReadAccessLog).Paged();
        return app;
    }

    /// <summary>
    /// Reads of the caller's partnership's records in a period (the last 30 days unless asked), newest first, optionally
    /// of one record or by one person (their subject, as each entry names it).
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<RecordRead>>, ValidationProblem>> ReadAsync(
        DateTimeOffset? from, DateTimeOffset? to, Guid? recordId, string? subject, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (end, start) = (to ?? clock.GetUtcNow(), from ?? (to ?? clock.GetUtcNow()).AddDays(-30));
        var errors = new ValidationErrors()
            .When(start > end, "from", "from must not be after to.")
            .When(subject?.Length > 200, "subject", "subject is at most 200 characters.");
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var reads = await session.Events.QueryRawEventDataOnly<RecordRead>()
            .Where(r => r.At >= start && r.At <= end && (subject == null || r.Subject == subject))
            .OrderByDescending(r => r.At)
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RecordRead>>([.. reads.Where(r => recordId is null || r.Ids.Values.Contains(recordId.Value))]);
    }
}
