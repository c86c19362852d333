using Marten;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Overview;

/// <summary>Loads a partnership's read models as they stand today.</summary>
public static class ReportStore
{
    public static async Task<ReportData> LoadAsync(IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var asOfToday = await ActionsAsOfTodayAsync(session, clock, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new(
            await session.Query<OrganisationRow>().ToListAsync(cancellationToken),
            [.. (await session.Query<ProgrammeItemRow>().ToListAsync(cancellationToken)).Select(item => item.AsOf(today))],
            await session.Query<GradeRow>().ToListAsync(cancellationToken),
            await session.Query<FindingRow>().ToListAsync(cancellationToken),
            await session.Query<AssessmentRow>().ToListAsync(cancellationToken),
            await session.Query<CycleRow>().ToListAsync(cancellationToken),
            [.. (await session.Query<ActionRow>().ToListAsync(cancellationToken)).Select(asOfToday)],
            await session.Query<ReviewRow>().ToListAsync(cancellationToken),
            await session.Query<LearningRow>().ToListAsync(cancellationToken));
    }

    /// <summary>How an action stands today on the partnership's working days: overdue the moment it is late.</summary>
    public static async Task<Func<ActionRow, ActionRow>> ActionsAsOfTodayAsync(IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var closures = await session.LoadAsync<ClosureDaysRow>(ClosureDaysRow.DocumentId, cancellationToken);
        var calendar = new WorkingDayCalendar([.. (closures?.Days ?? []).Select(day => new ClosureDay(day, "Partnership closure day"))]);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return action => action.AsOf(today, calendar);
    }
}
