using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>From the audit meeting to closure: grades, findings, the report, actions, the Board, and cancellation.</summary>
public static partial class AuditDecisions
{
    public const int MaxFindingLength = 2000;
    public const int MaxSummaryLength = 2000;
    public const int MaxNarrativeLength = 20000;
    public const int MaxActions = 30;

    public static Decision RecordMeeting(MultiAgencyAudit audit, RecordMeeting c, IReadOnlySet<Guid> directory, Func<Guid> newId, Actor by, DateTimeOffset now) =>
        Unless(audit, "hold its audit meeting", AuditStage.ReturnsClosed)
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
        var errors = new ValidationErrors()
            .When(c.HeldOn is null, "heldOn", "heldOn is required.")
            .When(c.HeldOn > today, "heldOn", "A meeting is recorded once it has been held: heldOn must not be in the future.")
            .When(c.Attendees is not { Count: > 0 }, "attendees", "Record the organisations that attended.")
            .When(c.Findings is not { Count: > 0 }, "findings", "Record at least one finding.");

        var attendees = c.Attendees ?? [];
        for (var i = 0; i < attendees.Count; i++)
        {
            errors.When(attendees[i].OrganisationId is not { } attendee || !directory.Contains(attendee), $"attendees[{i}].organisationId", Unknown)
                .RequireText(attendees[i].Role, $"attendees[{i}].role", 100);
        }

        var grades = c.CaseGrades ?? [];
        for (var i = 0; i < grades.Count; i++)
        {
            errors.When(audit.Cases.All(x => x.CaseKey != grades[i].CaseKey), $"caseGrades[{i}].caseKey", "That case is not in the sample.")
                .When(grades.Take(i).Any(g => g.CaseKey == grades[i].CaseKey), $"caseGrades[{i}].caseKey", "Each case is graded once.")
                .When(scale.Find(grades[i].Grade) is null, $"caseGrades[{i}].grade", $"The grade must be one of: {string.Join(", ", scale.Grades.Select(g => g.Code))}.")
                .RequireText(grades[i].Rationale, $"caseGrades[{i}].rationale", ReturnRules.MaxTextLength);
        }

        var ungraded = audit.Cases.Where(x => grades.All(g => g.CaseKey != x.CaseKey)).Select(x => x.CaseKey).ToList();
        errors.When(ungraded.Count > 0, "caseGrades", $"The meeting agrees a grade for every case; ungraded: {string.Join(", ", ungraded)}.");

        var findings = c.Findings ?? [];
        for (var i = 0; i < findings.Count; i++)
        {
            errors.When(findings[i].Kind is null, $"findings[{i}].kind", $"kind is required: one of {string.Join(", ", Enum.GetNames<FindingKind>())}.")
                .RequireText(findings[i].Text, $"findings[{i}].text", MaxFindingLength)
                .When(findings[i].SectionKey is { } key && tool.Sections.All(s => s.Key != key), $"findings[{i}].sectionKey", "The audit tool has no such section.");
        }

        return errors;
    }

    public static Decision DraftReport(MultiAgencyAudit audit, DraftReport c, Actor by, DateTimeOffset now) =>
        Unless(audit, "have its report drafted", AuditStage.MeetingHeld, AuditStage.ReportDrafted)
        ?? Decision.From(ValidateReport(audit, c), () => Decision.Accept(new AuditReportDrafted(
            audit.Id,
            new AuditReport(c.Summary!.Trim(), c.Narrative!.Trim(), [.. (c.Recommendations ?? []).Select(r => r.Trim())]),
            by,
            now)));

    /// <summary>A report goes to the Board and beyond: it must not name a case, even by its key.</summary>
    private static ValidationErrors ValidateReport(MultiAgencyAudit audit, DraftReport c)
    {
        var errors = new ValidationErrors()
            .RequireText(c.Summary, "summary", MaxSummaryLength)
            .RequireText(c.Narrative, "narrative", MaxNarrativeLength)
            .When(c.Recommendations?.Count > 20, "recommendations", "At most 20 recommendations.");
        var recommendations = c.Recommendations ?? [];
        for (var i = 0; i < recommendations.Count; i++)
        {
            errors.RequireText(recommendations[i], $"recommendations[{i}]", MaxFindingLength);
        }

        foreach (var (text, field) in new (string? Text, string Field)[] { (c.Summary, "summary"), (c.Narrative, "narrative") }.Concat(recommendations.Select((r, i) => ((string?)r, $"recommendations[{i}]"))))
        {
            var named = audit.Cases.FirstOrDefault(x => text?.Contains(x.CaseKey, StringComparison.OrdinalIgnoreCase) == true);
            errors.When(named is not null, field, $"The report is anonymised: remove the case key {named?.CaseKey}.");
        }

        return errors;
    }

    public static Decision ApproveReport(MultiAgencyAudit audit, Actor by, DateTimeOffset now) =>
        Unless(audit, "have its report approved", AuditStage.ReportDrafted) ?? Decision.Accept(new AuditReportApproved(audit.Id, by, now));

    public static Decision RaiseActions(MultiAgencyAudit audit, RaiseActions c, IReadOnlySet<Guid> directory, Func<Guid> newId, Actor by, DateTimeOffset now) =>
        Unless(audit, "raise actions", AuditStage.ReportApproved, AuditStage.ActionsRaised)
        ?? Decision.From(ValidateActions(audit, c, directory, DateOnly.FromDateTime(now.UtcDateTime)), () => Decision.Accept(new AuditActionsRaised(
            audit.Id,
            [.. c.Actions!.Select(a => new RaisedAction(newId(), a.What!.Trim(), a.OwnerOrganisationId!.Value, a.DueDate!.Value, a.FindingId!.Value))],
            by,
            now)));

    private static ValidationErrors ValidateActions(MultiAgencyAudit audit, RaiseActions c, IReadOnlySet<Guid> directory, DateOnly today)
    {
        var actions = c.Actions ?? [];
        var errors = new ValidationErrors().When(actions.Count is 0 or > MaxActions, "actions", $"Raise 1 to {MaxActions} actions at a time.");
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            errors.RequireText(a.What, $"actions[{i}].what", 500)
                .When(a.OwnerOrganisationId is not { } owner || !directory.Contains(owner), $"actions[{i}].ownerOrganisationId", Unknown)
                .When(a.DueDate is null, $"actions[{i}].dueDate", "An action needs a due date.")
                .When(a.DueDate < today, $"actions[{i}].dueDate", "The due date must not be in the past.")
                .When(audit.Findings.All(f => f.FindingId != a.FindingId), $"actions[{i}].findingId", "Link the action to one of the audit's findings.");
        }

        return errors;
    }

    public static Decision PresentToBoard(MultiAgencyAudit audit, PresentToBoard c, Actor by, DateTimeOffset now) =>
        Unless(audit, "be presented to the Board", AuditStage.ActionsRaised)
        ?? Decision.From(
            new ValidationErrors()
                .When(c.PresentedOn is null, "presentedOn", "presentedOn is required.")
                .When(c.PresentedOn > DateOnly.FromDateTime(now.UtcDateTime), "presentedOn", "Record the Board meeting once it has happened."),
            () => Decision.Accept(new AuditPresentedToBoard(audit.Id, c.PresentedOn!.Value, by, now)));

    public static Decision Close(MultiAgencyAudit audit, Actor by, DateTimeOffset now)
    {
        if (Unless(audit, "close", AuditStage.PresentedToBoard) is { } refused)
        {
            return refused;
        }

        var open = audit.Concerns.Count(c => !c.IsAcknowledged);
        return open > 0
            ? Decision.Refuse($"{open} immediate concern(s) have not been acknowledged by their agency; the audit cannot close until they are.")
            : Decision.Accept(new AuditClosed(audit.Id, by, now));
    }

    public static Decision Cancel(MultiAgencyAudit audit, CancelAudit c, Actor by, DateTimeOffset now) =>
        audit.Stage is AuditStage.Closed or AuditStage.Cancelled
            ? Decision.Refuse($"A {audit.Stage.ToString().ToLowerInvariant()} audit cannot be cancelled.")
            : Decision.From(
                new ValidationErrors().RequireText(c.Reason, "reason", 1000),
                () => Decision.Accept(new AuditCancelled(audit.Id, c.Reason!.Trim(), audit.Stage, by, now)));
}
