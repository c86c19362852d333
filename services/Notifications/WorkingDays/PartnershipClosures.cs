using Marten;
using MassTransit;
using Safeguarding.Contracts.Learning;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.WorkingDays;

/// <summary>This service's copy of a partnership's closure days, as Learning last sent them: escalations and chases skip them.</summary>
public sealed record PartnershipClosures(Guid Id, IReadOnlyList<DateOnly> Days, DateTimeOffset AsOf)
{
    public static readonly Guid DocumentId = DeterministicGuid.Create("partnership-closures");

    /// <summary>The working days of the session's partnership: England and Wales bank holidays and its own closure days.</summary>
    public static async Task<WorkingDayCalendar> CalendarOfAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new([.. ((await session.LoadAsync<PartnershipClosures>(DocumentId, cancellationToken))?.Days ?? []).Select(d => new ClosureDay(d, "Partnership closure day"))]);
}

/// <summary>Each message carries the whole list, so the copy is replaced; an older message than the copy changes nothing.</summary>
public sealed class PartnershipClosuresConsumer(IDocumentStore store) : IConsumer<ClosureDaysChanged>
{
    public async Task Consume(ConsumeContext<ClosureDaysChanged> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        if (await session.LoadAsync<PartnershipClosures>(PartnershipClosures.DocumentId, context.CancellationToken) is { } current && current.AsOf > m.OccurredAt)
        {
            return;
        }

        session.Store(new PartnershipClosures(PartnershipClosures.DocumentId, m.ClosureDays, m.OccurredAt));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
