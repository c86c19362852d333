using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>The audit meeting: who attended, the grade agreed for each case, and what the audit found.</summary>
public static partial class AuditDecisions
{
    public const int MaxFindingLength = 2000;

    public static Decision RecordMeeting(MultiAgencyAudit audit, RecordMeeting c, IReadOnlySet<Guid> directory, Func<Guid> newId, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.HoldMeeting)
        ?? Decision.From(ValidateMeeting(audit, c, directory, DateOnly.FromDateTime(now.UtcDateTime)), () => Decision.Accept(new AuditMeetingHeld(
            audit.Id,
            c.HeldOn!.Value,
            [.. c.Attendees!.Select(a => new MeetingAttendee(a.OrganisationId!.Value, a.Role!.Trim()))],
            [.. c.CaseGrades!.Select(g => new CaseGrade(g.CaseKey!, g.Grade!, g.Rationale!.Trim()))],
            [.. c.Findings!.Select(f => new Finding(newId(), f.Kind!.Value, f.Text!.Trim(), f.SectionKey))],
            by,
            now)));

    private static ValidationErrors ValidateMeeting(MultiAgencyAudit audit, RecordMeeting c, IReadOnlySet<Guid> directory, DateOnly today)
    {
        var tool = audit.Terms!.Tool;
        var scale = GradeScales.Find(tool.GradeScale)!;
        var errors = new ValidationErrors().Check(c, today);
        var attendees = c.Attendees ?? [];
        for (var i = 0; i < attendees.Count; i++)
        {
            errors.When(attendees[i]?.OrganisationId is { } attendee && !directory.Contains(attendee), $"attendees[{i}].organisationId", Unknown);
        }

        var grades = c.CaseGrades ?? [];
        var gradedAgain = grades.RepeatedAt(g => g.CaseKey);
        for (var i = 0; i < grades.Count; i++)
        {
            if (grades[i] is not { } grade)
            {
                continue;
            }

            errors.When(audit.Cases.All(x => x.CaseKey != grade.CaseKey), $"caseGrades[{i}].caseKey", "That case is not in the sample.")
                .When(gradedAgain.Contains(i), $"caseGrades[{i}].caseKey", "Each case is graded once.")
                .When(grade.Grade is not null && scale.Find(grade.Grade) is null, $"caseGrades[{i}].grade", $"The grade must be one of: {string.Join(", ", scale.Grades.Select(g => g.Code))}.");
        }

        var graded = grades.Select(g => g?.CaseKey).ToHashSet();
        var ungraded = audit.Cases.Where(x => !graded.Contains(x.CaseKey)).Select(x => x.CaseKey).ToList();
        errors.When(ungraded.Count > 0, "caseGrades", $"The meeting agrees a grade for every case; ungraded: {string.Join(", ", ungraded)}.");

        var findings = c.Findings ?? [];
        for (var i = 0; i < findings.Count; i++)
        {
            errors.When(findings[i]?.SectionKey is { } key && tool.Sections.All(s => s.Key != key), $"findings[{i}].sectionKey", "The audit tool has no such section.");
        }

        return errors;
    }
}
