using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;
using static Safeguarding.EventSourcing.EventStore.HistoryDetails;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// An audit's history in public words. Who did what and when is for every reader of the audit; what a step holds
/// follows the rules of the audit's view: a return's content only for those who see that return, a draft only for its
/// agency, case grades only for those who see every return, the report only once the view shows it.
/// </summary>
public static class AuditHistory
{
    public static readonly HistoryVocabulary<MultiAgencyAudit> Vocabulary = new HistoryVocabulary<MultiAgencyAudit>()
        .Add<AuditOpened>("audit_opened", "Audit opened from the programme", (e, _, _) => [Of("theme", e.Theme), Of("year", e.Year), Of("quarter", e.Quarter)])
        .Add<TermsOfReferenceAgreed>("terms_of_reference_agreed", "Terms of reference agreed", (e, _, _) =>
            [Of("theme", e.Terms.Theme), Of("tool", e.Terms.Tool.Name), Of("returnsDue", e.Terms.ReturnsDue), Of("meetingDate", e.Terms.MeetingDate)])
        .Add<CasesSelected>("cases_selected", "Case sample selected", (e, _, _) => [Of("cases", e.Cases.Count)])
        .Add<AgenciesNotified>("agencies_notified", "Agencies told which cases they return on", (e, _, _) =>
            [Of("agencies", e.Cases.SelectMany(c => c.OrganisationIds).Distinct().Count())])
        .Add<ReturnDraftSaved>("return_draft_saved", "A return was saved as a draft", (e, _, reader) =>
            reader.OrganisationId() == e.Draft.OrganisationId ? [Of("organisation", e.Draft.OrganisationId), Of("case", e.Draft.CaseKey)] : [])
        .Add<ReturnSubmitted>("return_submitted", "A return was submitted", (e, audit, reader) =>
            AuditView.MaySee(reader, audit, e.Return.OrganisationId)
                ? [Of("organisation", e.Return.OrganisationId), Of("case", e.Return.CaseKey), Of("overallGrade", e.Return.OverallGrade)]
                : [])
        .Add<ReturnsClosed>("returns_closed", "Returns closed", (e, _, _) => [Of("outstanding", e.Outstanding.Count)])
        .Add<AuditMeetingHeld>("audit_meeting_held", "Audit meeting recorded", (e, audit, reader) =>
            [Of("heldOn", e.HeldOn), Of("findings", e.Findings.Count), .. AuditView.SeesEveryReturn(reader, audit) ? [Of("casesGraded", e.CaseGrades.Count)] : Array.Empty<HistoryDetail>()])
        .Add<AuditReportDrafted>("audit_report_drafted", "Report drafted", (e, audit, reader) =>
            AuditView.ShowsReport(reader, audit) ? [Of("summary", e.Report.Summary)] : [])
        .Add<AuditReportApproved>("audit_report_approved", "Report approved")
        .Add<AuditActionsRaised>("audit_actions_raised", "Actions raised", (e, _, _) => [Of("actions", e.Actions.Count)])
        .Add<AuditPresentedToBoard>("audit_presented_to_board", "Presented to the Board", (e, _, _) => [Of("presentedOn", e.PresentedOn)])
        .Add<AuditClosed>("audit_closed", "Audit closed")
        .Add<AuditCancelled>("audit_cancelled", "Audit cancelled", (e, _, _) => [Of("reason", e.Reason)])
        .Add<ImmediateConcernRaised>("immediate_concern_raised", "An immediate concern was raised", (e, audit, reader) =>
            AuditView.MaySee(reader, audit, e.OwnerOrganisationId) ? [Of("owner", e.OwnerOrganisationId), Of("case", e.CaseKey)] : [])
        .Add<ImmediateConcernAcknowledged>("immediate_concern_acknowledged", "An immediate concern was acknowledged")
        .Add<MarkedAsReAudit>("marked_as_re_audit", "Marked as a re-audit", (e, _, _) => [Of("previousAudit", e.PreviousAuditId)]);
}
