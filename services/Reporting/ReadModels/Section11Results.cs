using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;

namespace Safeguarding.Reporting.ReadModels;

public sealed record IndicatorResult(
    int Standard, IndicatorNumber Indicator, ScoreCode? SelfScore, int? SelfRank, ScoreCode? ModeratedScore, int? ModeratedRank, bool Weak);

/// <summary>One organisation's return in one cycle: self-scores as submitted and the partnership's moderated scores, per indicator.</summary>
public sealed record AssessmentRow
{
    public Guid Id { get; init; }

    public Guid CycleId { get; init; }

    public SelfAssessmentKind Kind { get; init; }

    public int Year { get; init; }

    public Guid OrganisationId { get; init; }

    public bool Submitted { get; init; }

    public IReadOnlyList<IndicatorResult> Indicators { get; init; } = [];
}

public sealed class AssessmentProjection : MultiStreamProjection<AssessmentRow, Guid>
{
    public AssessmentProjection()
    {
        Identity<AssessmentSubmitted>(e => e.AssessmentId);
        Identity<IndicatorModerated>(e => e.AssessmentId);
    }

    // Self-scores never change after submission; a moderation arriving first keeps its place beside them.
    public static AssessmentRow Apply(AssessmentSubmitted e, AssessmentRow row) =>
        Identify(row, e.AssessmentId, e.CycleId, e.Kind, e.Year, e.OrganisationId) with
        {
            Submitted = true,
            Indicators =
            [
                .. e.Scores.Select(s => (row.Indicators.FirstOrDefault(i => i.Indicator == s.Indicator) ?? new IndicatorResult(s.Standard, s.Indicator, null, null, null, null, false))
                    with { SelfScore = s.Score, SelfRank = s.Rank }),
                .. row.Indicators.Where(i => e.Scores.All(s => s.Indicator != i.Indicator)),
            ],
        };

    public static AssessmentRow Apply(IndicatorModerated e, AssessmentRow row) =>
        Identify(row, e.AssessmentId, e.CycleId, e.Kind, e.Year, e.OrganisationId) with
        {
            Indicators =
            [
                .. row.Indicators.Where(i => i.Indicator != e.Indicator),
                (row.Indicators.FirstOrDefault(i => i.Indicator == e.Indicator) ?? new IndicatorResult(e.Standard, e.Indicator, null, null, null, null, false))
                    with { ModeratedScore = e.Score, ModeratedRank = e.Rank, Weak = e.Weak },
            ],
        };

    private static AssessmentRow Identify(AssessmentRow row, Guid id, Guid cycleId, SelfAssessmentKind kind, int year, Guid organisationId) =>
        row with { Id = id, CycleId = cycleId, Kind = kind, Year = year, OrganisationId = organisationId };
}

/// <summary>A cycle's returns: by when, who was invited, who returned, how often they were reminded, and whether it closed.</summary>
public sealed record CycleRow
{
    public Guid Id { get; init; }

    public SelfAssessmentKind Kind { get; init; }

    public int Year { get; init; }

    public DateOnly? Deadline { get; init; }

    public IReadOnlyList<Guid> Invited { get; init; } = [];

    public IReadOnlyList<Guid> Returned { get; init; } = [];

    public IReadOnlyList<Guid> ReminderIds { get; init; } = [];

    public bool Closed { get; init; }
}

public sealed class CycleProjection : MultiStreamProjection<CycleRow, Guid>
{
    public CycleProjection()
    {
        Identity<CycleLaunched>(e => e.CycleId);
        Identity<OrganisationsInvited>(e => e.CycleId);
        Identity<AssessmentSubmitted>(e => e.CycleId);
        Identity<ReturnReminderDue>(e => e.CycleId);
        Identity<CycleClosed>(e => e.CycleId);
    }

    public static CycleRow Apply(CycleLaunched e, CycleRow row) => row with { Id = e.CycleId, Kind = e.Kind, Year = e.Year, Deadline = e.Deadline };

    public static CycleRow Apply(OrganisationsInvited e, CycleRow row) =>
        row with { Id = e.CycleId, Kind = e.Kind, Year = e.Year, Invited = [.. row.Invited.Union(e.OrganisationIds)] };

    public static CycleRow Apply(AssessmentSubmitted e, CycleRow row) =>
        row with { Id = e.CycleId, Kind = e.Kind, Year = e.Year, Returned = [.. row.Returned.Union([e.OrganisationId])] };

    public static CycleRow Apply(ReturnReminderDue e, CycleRow row) => row with { Id = e.CycleId, ReminderIds = [.. row.ReminderIds.Union([e.EventId])] };

    public static CycleRow Apply(CycleClosed e, CycleRow row) => row with { Id = e.CycleId, Kind = e.Kind, Year = e.Year, Closed = true };
}
