using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>
/// One grade: the audit meeting's agreed grade for a case, or one agency's overall grade in its return. The id is a
/// pseudonymous reference from Audit (never the case key), so a replaced return replaces its grade; the newest wins.
/// </summary>
public sealed record GradeRow
{
    public Guid Id { get; init; }

    public bool AgreedAtMeeting { get; init; }

    public Guid AuditId { get; init; }

    public Theme? Theme { get; init; }

    public int Year { get; init; }

    public CaseCategory Category { get; init; }

    public Guid? OrganisationId { get; init; }

    public GradeCode? Grade { get; init; }

    public bool MeetsExpectation { get; init; }

    public DateTimeOffset At { get; init; }
}

public sealed class GradeProjection : MultiStreamProjection<GradeRow, Guid>
{
    public GradeProjection()
    {
        Identity<CaseGraded>(e => e.CaseRef);
        Identity<ReturnSubmitted>(e => e.ReturnKey);
    }

    public static GradeRow Apply(CaseGraded e, GradeRow row) => row.At > e.OccurredAt ? row : new GradeRow
    {
        Id = e.CaseRef,
        AgreedAtMeeting = true,
        AuditId = e.AuditId,
        Theme = e.Theme,
        Year = e.Year,
        Category = e.Category,
        Grade = e.Grade,
        MeetsExpectation = e.MeetsExpectation,
        At = e.OccurredAt,
    };

    public static GradeRow Apply(ReturnSubmitted e, GradeRow row) => row.At > e.OccurredAt ? row : new GradeRow
    {
        Id = e.ReturnKey,
        AuditId = e.AuditId,
        Theme = e.Theme,
        Year = e.Year,
        Category = e.Category,
        OrganisationId = e.OrganisationId,
        Grade = e.OverallGrade,
        MeetsExpectation = e.MeetsExpectation,
        At = e.OccurredAt,
    };
}

/// <summary>A finding of an audit (good practice or an area for development), or an immediate concern, counted by theme.</summary>
public sealed record FindingRow
{
    public Guid Id { get; init; }

    public Guid AuditId { get; init; }

    public Theme? Theme { get; init; }

    public int Year { get; init; }

    /// <summary>The finding's kind; none for an immediate concern.</summary>
    public FindingKind? Kind { get; init; }

    public bool ImmediateConcern { get; init; }

    public Guid? OwnerOrganisationId { get; init; }
}

public sealed class FindingProjection : MultiStreamProjection<FindingRow, Guid>
{
    public FindingProjection()
    {
        Identity<FindingRecorded>(e => e.FindingId);
        Identity<ImmediateConcernRaised>(e => e.ConcernId);
    }

    public static FindingRow Apply(FindingRecorded e, FindingRow row) =>
        row with { Id = e.FindingId, AuditId = e.AuditId, Theme = e.Theme, Year = e.Year, Kind = e.Kind };

    // The theme of a concern's audit comes from the programme rows when reported; the concern carries no case detail here.
    public static FindingRow Apply(ImmediateConcernRaised e, FindingRow row) =>
        row with { Id = e.ConcernId, AuditId = e.AuditId, Year = e.OccurredAt.Year, ImmediateConcern = true, OwnerOrganisationId = e.OwnerOrganisationId };
}
