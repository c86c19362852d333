using Marten;
using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Calendar;

/// <summary>The partnership set its closure days (the whole list, replacing the last): other services count working days on them too.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadActions)]
public sealed record ClosureDaysSet(Guid CalendarId, IReadOnlyList<ClosureDay> Closures, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A partnership's own closure days, as data, kept inline as the read model of its one calendar stream.</summary>
public sealed record PartnershipCalendar(Guid Id, IReadOnlyList<ClosureDay> Closures) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    public static Guid IdFor(string partnershipId) => DeterministicGuid.Create("partnership-calendar", partnershipId);

    public static PartnershipCalendar Create(ClosureDaysSet set) => new(set.CalendarId, set.Closures);

    public PartnershipCalendar Apply(ClosureDaysSet set) => this with { Closures = set.Closures };

    /// <summary>The working-day calendar of the session's partnership: bank holidays and its closure days.</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new((await session.LoadAsync<PartnershipCalendar>(IdFor(session.TenantId), cancellationToken))?.Closures ?? []);
}
