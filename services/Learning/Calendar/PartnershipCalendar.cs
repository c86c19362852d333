using Marten;
using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Learning.Calendar;

/// <summary>A partnership's own closure days, as data; one document per partnership.</summary>
public sealed record PartnershipCalendar(string Id, IReadOnlyList<ClosureDay> Closures)
{
    public const string DocumentId = "calendar";

    public static async Task<WorkingDayCalendar> LoadAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new((await session.LoadAsync<PartnershipCalendar>(DocumentId, cancellationToken))?.Closures ?? []);
}
