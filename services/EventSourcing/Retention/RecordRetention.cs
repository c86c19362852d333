using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.EventSourcing.Retention;

/// <summary>Records of one kind this service keeps by age: how many are past the partnership's period, all from before <c>Before</c>.</summary>
public sealed record DueRecords(RecordKind Kind, int Records, DateOnly Before, int KeptYears);

/// <summary>Erase the records of a kind from before a day: the coordinator's confirmation of one line of the due list.</summary>
public sealed record EraseDueRecords([Required] RecordKind? Kind, [Required] DateOnly? Before);

/// <summary>Records past their period were erased: how many, of which kind, from before which day; never what they held.</summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record RecordsErasedPastRetention(RecordKind Kind, int Records, DateOnly Before, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Retention of the records a service keeps by age (its <see cref="IRetainedRecords"/>): the list of those past the
/// partnership's period, and their erasure once the coordinator confirms a line of it, recorded without what was erased.
/// </summary>
public static class RecordRetention
{
    /// <summary>The first day still within a period of <paramref name="years"/>: every record from before it is due.</summary>
    public static DateOnly KeptFrom(DateOnly today, int years) => today.AddYears(-years);

    /// <summary>A kind this service keeps, from a day no later than its period allows: nothing within the period is erased.</summary>
    public static ValidationErrors Check(EraseDueRecords command, IReadOnlyDictionary<RecordKind, DateOnly> keptFrom)
    {
        var errors = new ValidationErrors().Check(command);
        if (!errors.IsValid)
        {
            return errors;
        }

        var kind = command.Kind!.Value;
        return errors
            .When(!keptFrom.ContainsKey(kind), "kind", $"This service keeps no records of the kind {kind} by age.")
            .When(keptFrom.TryGetValue(kind, out var from) && command.Before > from, "before", $"Records from {from:yyyy-MM-dd} on are within the partnership's period: choose a day no later than that.");
    }

    /// <summary>Erase what is there: a line confirmed twice (a second click, a page left open) finds nothing the second time.</summary>
    public static Decision Erase(EraseDueRecords command, IReadOnlyDictionary<RecordKind, DateOnly> keptFrom, int records, Actor by, DateTimeOffset at)
    {
        var errors = Check(command, keptFrom);
        return Decision.From(
            errors.IsValid ? errors.When(records == 0, "before", $"No {command.Kind} records are kept from before {command.Before:yyyy-MM-dd}: there is nothing to erase.") : errors,
            () => Decision.Accept(new RecordsErasedPastRetention(command.Kind!.Value, records, command.Before!.Value, by, at)));
    }

    /// <summary>This service keeps its access log by age, hears the partnership's periods, and checks each day for records past them.</summary>
    public static void AddRecordRetention(this IBusRegistrationConfigurator bus)
    {
        bus.AddSingleton<IRetainedRecords, AccessLogRecords>();
        bus.AddConsumer<KeptPeriodsConsumer>();
        bus.AddSingleton<RecordsPastRetentionCheck>();
        bus.AddHostedService(services => services.GetRequiredService<RecordsPastRetentionCheck>());
    }

    public static IEndpointRouteBuilder MapRecordRetention(this IEndpointRouteBuilder app, string root)
    {
        var group = app.MapGroup($"{root}/retention").WithTags("Retention");
        group.MapGet("/records-due", ListDue).RequireAuthorization(Policies.EraseCases).Paged();
        group.MapPost("/record-erasures", EraseDue).RequireAuthorization(Policies.EraseCases);
        group.MapGet("/record-erasures", ListErasures).RequireAuthorization(Policies.ReadAccessLog).Paged();
        return app;
    }

    /// <summary>Each kind of record this service keeps by age: its period, and how many (perhaps none) are from before it.</summary>
    public static async Task<Ok<IReadOnlyList<DueRecords>>> ListDue(
        IQuerySession session, IEnumerable<IRetainedRecords> retained, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await DueAsync(session, retained, clock, cancellationToken));

    /// <summary>The partnership's due list in this service, a line for each kind it keeps by age.</summary>
    internal static async Task<IReadOnlyList<DueRecords>> DueAsync(
        IQuerySession session, IEnumerable<IRetainedRecords> retained, TimeProvider clock, CancellationToken cancellationToken)
    {
        var due = new List<DueRecords>();
        foreach (var kept in await PeriodsAsync(session, retained, clock, cancellationToken))
        {
            due.Add(new(kept.Kind, await kept.CountBeforeAsync(session, kept.From, cancellationToken), kept.From, kept.Years));
        }

        return due;
    }

    /// <summary>Erase the records of a kind from before a day no later than its period allows; the erasure is recorded, what was erased is not.</summary>
    public static async Task<Results<Ok<RecordsErasedPastRetention>, ValidationProblem, ProblemHttpResult>> EraseDue(
        EraseDueRecords command, IDocumentSession session, IEnumerable<IRetainedRecords> retained, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var log = LogOf(user.PartnershipId());
        var readAt = (await session.Events.FetchStreamStateAsync(log, cancellationToken))?.Version ?? 0;
        var periods = await PeriodsAsync(session, retained, clock, cancellationToken);
        var keptFrom = periods.ToDictionary(p => p.Kind, p => p.From);
        var chosen = Check(command, keptFrom).IsValid ? periods.Single(p => p.Kind == command.Kind) : null;
        var records = chosen is null ? 0 : await chosen.CountBeforeAsync(session, command.Before!.Value, cancellationToken);
        var erased = default(RecordsErasedPastRetention);
        return await StreamCommands.CarryOutAsync(
            Erase(command, keptFrom, records, user.ToActor(), clock.GetUtcNow()),
            async events =>
            {
                erased = (RecordsErasedPastRetention)events.Single();
                foreach (var records in chosen!.Records)
                {
                    await records.EraseBeforeAsync(session, Start(erased.Before), cancellationToken);
                }

                AppendToLog(session, log, readAt, [erased]);
                await session.SaveChangesAsync(cancellationToken);
            },
            () => Task.FromResult(erased!));
    }

    /// <summary>Every erasure of records past their period in this service, newest first.</summary>
    public static async Task<Ok<IReadOnlyList<RecordsErasedPastRetention>>> ListErasures(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<RecordsErasedPastRetention>>(
            await session.Events.QueryRawEventDataOnly<RecordsErasedPastRetention>().OrderByDescending(e => e.At).ToListAsync(cancellationToken));

    /// <summary>Each kind this service keeps by age, in the order of the kinds, with every store of it and its period.</summary>
    private static async Task<IReadOnlyList<KeptByAge>> PeriodsAsync(
        IQuerySession session, IEnumerable<IRetainedRecords> retained, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var periods = new List<KeptByAge>();
        foreach (var kind in retained.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            var years = await KeptPeriods.YearsAsync(session, kind.Key, cancellationToken);
            periods.Add(new(kind.Key, [.. kind], years, KeptFrom(today, years)));
        }

        return periods;
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>
    /// Adds to one of the partnership's logs at the version it was read at: anything written to it meanwhile (the same
    /// line confirmed at once by two people; two instances' checks) is a conflict, and nothing of this write is saved.
    /// </summary>
    internal static void AppendToLog(IDocumentSession session, Guid log, long readAt, IReadOnlyList<object> events)
    {
        if (readAt == 0)
        {
            session.Events.StartStream(log, events);
        }
        else
        {
            session.Events.Append(log, readAt + events.Count, events);
        }
    }

    /// <summary>What the daily check told the coordinator, kept apart from the erasures so that neither waits on the other.</summary>
    internal static Guid NoticesOf(string partnershipId) => DeterministicGuid.Create("records-past-retention-notices", partnershipId);

    /// <summary>The partnership's stream of erasures by age.</summary>
    private static Guid LogOf(string partnershipId) => DeterministicGuid.Create("records-erased-past-retention", partnershipId);

    /// <summary>A kind of record kept by age, which may be kept in more than one store (a return and its cycle).</summary>
    private sealed record KeptByAge(RecordKind Kind, IReadOnlyList<IRetainedRecords> Records, int Years, DateOnly From)
    {
        public async Task<int> CountBeforeAsync(IQuerySession session, DateOnly before, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var records in Records)
            {
                count += await records.CountBeforeAsync(session, Start(before), cancellationToken);
            }

            return count;
        }
    }
}
