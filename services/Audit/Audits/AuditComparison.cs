namespace Safeguarding.Audit.Audits;

public sealed record SectionGrades(string SectionKey, IReadOnlyList<GradeCount> Grades);

/// <summary>How one audit graded: the meeting's grade per case, and the agencies' grades per tool section.</summary>
public sealed record GradeDistribution(
    Guid AuditId,
    int Year,
    int Cases,
    IReadOnlyList<GradeCount> Overall,
    double? ShareMeetingExpectation,
    IReadOnlyList<SectionGrades> Sections);

/// <summary>A re-audit beside the audit it looks back on: counts only, never cases.</summary>
public sealed record AuditComparison(string Theme, GradeDistribution Then, GradeDistribution Now)
{
    public static AuditComparison Of(MultiAgencyAudit previous, MultiAgencyAudit current) => new(current.Theme, Distribution(previous), Distribution(current));

    public static GradeDistribution Distribution(MultiAgencyAudit audit)
    {
        var scale = audit.Terms is null ? null : Tools.GradeScales.Find(audit.Terms.Tool.GradeScale);
        var meeting = audit.CaseGrades;
        return new GradeDistribution(
            audit.Id,
            audit.Year,
            audit.Cases.Count,
            Counts(meeting.Select(g => g.Grade), scale),
            meeting.Count == 0 || scale is null ? null : Math.Round((double)meeting.Count(g => scale.MeetsExpectation(g.Grade)) / meeting.Count, 2),
            [
                .. audit.Returns.SelectMany(r => r.SectionGrades)
                    .GroupBy(g => g.SectionKey)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new SectionGrades(g.Key, Counts(g.Select(x => x.Grade), scale))),
            ]);
    }

    /// <summary>Counts in the scale's order, best first, so then and now line up.</summary>
    private static IReadOnlyList<GradeCount> Counts(IEnumerable<string> grades, Tools.GradeScale? scale) =>
        [
            .. grades.GroupBy(g => g)
                .OrderBy(g => scale?.Find(g.Key)?.Rank ?? int.MaxValue)
                .Select(g => new GradeCount(g.Key, g.Count())),
        ];
}
