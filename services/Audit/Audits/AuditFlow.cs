using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// One step of the audit flow chart: its address under the audit, what it is called, the stages it may be taken in,
/// and the stage it moves the audit to. Anything else that must hold first (every concern acknowledged before closing)
/// is a further refusal.
/// </summary>
public sealed record AuditStep(string Path, string Title, string Action, IReadOnlyList<AuditStage> AllowedAt, AuditStage? Reaches = null)
{
    public Func<MultiAgencyAudit, string?> AlsoRefusedWhen { get; init; } = _ => null;

    /// <summary>Why the step cannot be taken now, or null when it can.</summary>
    public string? WhyNot(MultiAgencyAudit audit) =>
        AllowedAt.Contains(audit.Stage)
            ? AlsoRefusedWhen(audit)
            : $"An audit can {Action} only at {string.Join(" or ", AllowedAt)}; this one is at {audit.Stage}.";
}

/// <summary>Whether a step may be taken now and, when it may not, why: what the API refuses, told before anyone tries.</summary>
public sealed record StepAvailability(string Step, string Title, bool Allowed, string? Reason, AuditStage? Reaches);

/// <summary>The audit flow chart (DOMAIN.md, section 2), once: the decisions refuse by it and the audit's view reports it.</summary>
public static class AuditFlow
{
    public static readonly AuditStep AgreeTerms = new(
        "terms-of-reference", "Agree the terms of reference",
        "agree its terms of reference", [AuditStage.Scoping, AuditStage.TermsAgreed], AuditStage.TermsAgreed);
    public static readonly AuditStep SelectCases = new(
        "cases", "Select the case sample",
        "have its case sample selected", [AuditStage.TermsAgreed, AuditStage.CasesSelected], AuditStage.CasesSelected);
    public static readonly AuditStep NotifyAgencies = new(
        "agencies", "Tell the agencies which cases they return on",
        "notify agencies", [AuditStage.CasesSelected], AuditStage.ReturnsOpen);
    public static readonly AuditStep TakeReturns = new("returns", "Take the agencies' returns", "take returns", [AuditStage.ReturnsOpen]);
    public static readonly AuditStep CloseReturns = new(
        "returns/close", "Close the returns",
        "close its returns", [AuditStage.ReturnsOpen], AuditStage.ReturnsClosed);
    public static readonly AuditStep HoldMeeting = new(
        "meeting", "Record the audit meeting",
        "hold its audit meeting", [AuditStage.ReturnsClosed], AuditStage.MeetingHeld);
    public static readonly AuditStep DraftReport = new(
        "report", "Draft the report",
        "have its report drafted", [AuditStage.MeetingHeld, AuditStage.ReportDrafted], AuditStage.ReportDrafted);
    public static readonly AuditStep ApproveReport = new(
        "report/approve", "Approve the report",
        "have its report approved", [AuditStage.ReportDrafted], AuditStage.ReportApproved);
    public static readonly AuditStep RaiseActions = new(
        "actions", "Raise the actions",
        "raise actions", [AuditStage.ReportApproved, AuditStage.ActionsRaised], AuditStage.ActionsRaised);
    public static readonly AuditStep PresentToBoard = new(
        "board", "Present to the Board",
        "be presented to the Board", [AuditStage.ActionsRaised], AuditStage.PresentedToBoard);

    public static readonly AuditStep Close = new("close", "Close the audit", "close", [AuditStage.PresentedToBoard], AuditStage.Closed)
    {
        AlsoRefusedWhen = audit => audit.Concerns.Count(c => !c.IsAcknowledged) is > 0 and var open
            ? $"{open} immediate concern(s) have not been acknowledged by their agency; the audit cannot close until they are."
            : null,
    };

    public static readonly AuditStep RaiseConcern = new(
        "concerns", "Raise an immediate concern", "take an immediate concern",
        [AuditStage.CasesSelected, AuditStage.ReturnsOpen, AuditStage.ReturnsClosed, AuditStage.MeetingHeld, AuditStage.ReportDrafted, AuditStage.ReportApproved, AuditStage.ActionsRaised, AuditStage.PresentedToBoard]);

    public static readonly AuditStep Cancel = new(
        "cancel", "Cancel the audit",
        "be cancelled", [.. Enum.GetValues<AuditStage>().Except([AuditStage.Closed, AuditStage.Cancelled])], AuditStage.Cancelled);

    /// <summary>The flow chart in order, then the steps that may come at several points of it.</summary>
    public static readonly IReadOnlyList<AuditStep> Steps =
        [AgreeTerms, SelectCases, NotifyAgencies, TakeReturns, CloseReturns, HoldMeeting, DraftReport, ApproveReport, RaiseActions, PresentToBoard, Close, RaiseConcern, Cancel];

    public static Decision? Refuse(MultiAgencyAudit audit, AuditStep step) => step.WhyNot(audit) is { } reason ? Decision.Refuse(reason) : null;

    public static IReadOnlyList<StepAvailability> Availability(MultiAgencyAudit audit) =>
        [.. Steps.Select(s => s.WhyNot(audit) is { } reason ? new StepAvailability(s.Path, s.Title, false, reason, s.Reaches) : new StepAvailability(s.Path, s.Title, true, null, s.Reaches))];
}
