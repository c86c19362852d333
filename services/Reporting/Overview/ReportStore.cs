using Marten;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Overview;

/// <summary>Loads a partnership's read models, and how fresh they are.</summary>
public static class ReportStore
{
    public static async Task<ReportData> LoadAsync(IQuerySession session, CancellationToken cancellationToken) =>
        new(
            await session.Query<OrganisationRow>().ToListAsync(cancellationToken),
            await session.Query<ProgrammeItemRow>().ToListAsync(cancellationToken),
            await session.Query<GradeRow>().ToListAsync(cancellationToken),
            await session.Query<FindingRow>().ToListAsync(cancellationToken),
            await session.Query<AssessmentRow>().ToListAsync(cancellationToken),
            await session.Query<CycleRow>().ToListAsync(cancellationToken),
            await session.Query<ActionRow>().ToListAsync(cancellationToken),
            await session.Query<ReviewRow>().ToListAsync(cancellationToken),
            await session.Query<LearningRow>().ToListAsync(cancellationToken));
}
