using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

/// <summary>The stages of a multi-agency case audit, in order (DOMAIN.md, "the audit flow chart").</summary>
public enum AuditStage
{
    Scoping,
    TermsAgreed,
    CasesSelected,
    ReturnsOpen,
    ReturnsClosed,
    MeetingHeld,
    ReportDrafted,
    ReportApproved,
    ActionsRaised,
    PresentedToBoard,
    Closed,
    Cancelled,
}

/// <summary>A multi-agency case audit, as its stream tells it; kept inline as the audit's read model.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record MultiAgencyAudit(
    Guid Id,
    Guid ProgrammeId,
    int Year,
    int Quarter,
    [NotPersonal("The audit's theme, set by the partnership.")] string Theme,
    IReadOnlyList<CaseCategory> Categories,
    AuditStage Stage,
    DateTimeOffset OpenedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    public TermsOfReference? Terms { get; init; }

    public IReadOnlyList<SampledCase> Cases { get; init; } = [];

    public IReadOnlyList<CaseAgencies> Agencies { get; init; } = [];

    public IReadOnlyList<AgencyReturn> Returns { get; init; } = [];

    public IReadOnlyList<ReturnDraft> Drafts { get; init; } = [];

    public IReadOnlyList<ExpectedReturn> OutstandingReturns { get; init; } = [];

    public DateOnly? MeetingHeldOn { get; init; }

    public IReadOnlyList<MeetingAttendee> Attendees { get; init; } = [];

    public IReadOnlyList<CaseGrade> CaseGrades { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public AuditReport? Report { get; init; }

    /// <summary>When the audit was closed or cancelled: its case material is kept for the partnership's period from then.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public DateTimeOffset? ReportApprovedAt { get; init; }

    public IReadOnlyList<RaisedAction> Actions { get; init; } = [];

    public DateOnly? PresentedToBoardOn { get; init; }

    public IReadOnlyList<ImmediateConcern> Concerns { get; init; } = [];

    [NotPersonal("Why the audit stopped: about the audit as a whole.")]
    public string? CancellationReason { get; init; }

    public Guid? ReAuditOf { get; init; }

    /// <summary>Every (agency, case) pair that owes a return.</summary>
    public IEnumerable<ExpectedReturn> ExpectedReturns =>
        Agencies.SelectMany(c => c.OrganisationIds.Select(o => new ExpectedReturn(o, c.CaseKey)));

    public static MultiAgencyAudit Create(AuditOpened opened) =>
        new(opened.AuditId, opened.ProgrammeId, opened.Year, opened.Quarter, opened.Theme, opened.Categories, AuditStage.Scoping, opened.At);

    public MultiAgencyAudit Apply(TermsOfReferenceAgreed agreed) =>
        this with { Terms = agreed.Terms, Theme = agreed.Terms.Theme, Stage = AuditStage.TermsAgreed };

    public MultiAgencyAudit Apply(CasesSelected selected) =>
        this with { Cases = selected.Cases, Stage = AuditStage.CasesSelected };

    public MultiAgencyAudit Apply(AgenciesNotified notified) =>
        this with { Agencies = notified.Cases, Stage = AuditStage.ReturnsOpen };

    public MultiAgencyAudit Apply(ReturnDraftSaved saved) =>
        this with { Drafts = [.. DraftsOtherThan(saved.Draft.OrganisationId, saved.Draft.CaseKey), saved.Draft] };

    public MultiAgencyAudit Apply(ReturnSubmitted submitted) =>
        this with
        {
            Returns =
            [
                .. Returns.Where(r => !(r.OrganisationId == submitted.Return.OrganisationId && r.CaseKey == submitted.Return.CaseKey)),
                submitted.Return,
            ],
            Drafts = [.. DraftsOtherThan(submitted.Return.OrganisationId, submitted.Return.CaseKey)],
        };

    private IEnumerable<ReturnDraft> DraftsOtherThan(Guid organisationId, string caseKey) =>
        Drafts.Where(d => !(d.OrganisationId == organisationId && d.CaseKey == caseKey));

    public MultiAgencyAudit Apply(ReturnsClosed closed) =>
        this with { OutstandingReturns = closed.Outstanding, Drafts = [], Stage = AuditStage.ReturnsClosed };

    public MultiAgencyAudit Apply(AuditMeetingHeld held) =>
        this with
        {
            MeetingHeldOn = held.HeldOn,
            Attendees = held.Attendees,
            CaseGrades = held.CaseGrades,
            Findings = held.Findings,
            Stage = AuditStage.MeetingHeld,
        };

    public MultiAgencyAudit Apply(AuditReportDrafted drafted) => this with { Report = drafted.Report, Stage = AuditStage.ReportDrafted };

    public MultiAgencyAudit Apply(AuditReportApproved approved) => this with { ReportApprovedAt = approved.At, Stage = AuditStage.ReportApproved };

    public MultiAgencyAudit Apply(AuditActionsRaised raised) => this with { Actions = [.. Actions, .. raised.Actions], Stage = AuditStage.ActionsRaised };

    public MultiAgencyAudit Apply(AuditPresentedToBoard presented) =>
        this with { PresentedToBoardOn = presented.PresentedOn, Stage = AuditStage.PresentedToBoard };

    public MultiAgencyAudit Apply(AuditClosed closed) => this with { Stage = AuditStage.Closed, EndedAt = closed.At };

    public MultiAgencyAudit Apply(AuditCancelled cancelled) =>
        this with { CancellationReason = cancelled.Reason, Stage = AuditStage.Cancelled, EndedAt = cancelled.At };

    public MultiAgencyAudit Apply(ImmediateConcernRaised raised) =>
        this with
        {
            Concerns = [.. Concerns, new ImmediateConcern(raised.ConcernId, raised.CaseKey, raised.OwnerOrganisationId, raised.Summary, raised.By, raised.At)],
        };

    public MultiAgencyAudit Apply(ImmediateConcernAcknowledged acknowledged) =>
        this with
        {
            Concerns = [.. Concerns.Select(c => c.ConcernId == acknowledged.ConcernId ? c with { AcknowledgedBy = acknowledged.By, AcknowledgedAt = acknowledged.At } : c)],
        };

    public MultiAgencyAudit Apply(MarkedAsReAudit marked) => this with { ReAuditOf = marked.PreviousAuditId };
}
