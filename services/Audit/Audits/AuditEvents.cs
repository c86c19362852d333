using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

/// <summary>The programme put a thematic audit on the year: the audit exists from here on, in scoping.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditOpened(
    Guid AuditId,
    Guid ProgrammeId,
    int Year,
    int Quarter,
    [NotPersonal("The audit's theme, set by the partnership.")] string Theme,
    IReadOnlyList<CaseCategory> Categories,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record TermsOfReferenceAgreed(Guid AuditId, TermsOfReference Terms, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record CasesSelected(Guid AuditId, IReadOnlyList<SampledCase> Cases, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Each case's agencies were told; from here their single-agency returns are open.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AgenciesNotified(Guid AuditId, IReadOnlyList<CaseAgencies> Cases, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Work in progress on a return; it stays within the Audit service (no integration event).</summary>
[KeptAs(RecordKind.Returns, Policies.ReadAudits)]
public sealed record ReturnDraftSaved(Guid AuditId, ReturnDraft Draft, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Returns, Policies.ReadAudits)]
public sealed record ReturnSubmitted(Guid AuditId, AgencyReturn Return, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>No return can change after this; those still missing are recorded as outstanding.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record ReturnsClosed(Guid AuditId, IReadOnlyList<ExpectedReturn> Outstanding, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditMeetingHeld(
    Guid AuditId,
    DateOnly HeldOn,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<CaseGrade> CaseGrades,
    IReadOnlyList<Finding> Findings,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditReportDrafted(Guid AuditId, AuditReport Report, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditReportApproved(Guid AuditId, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditActionsRaised(Guid AuditId, IReadOnlyList<RaisedAction> Actions, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditPresentedToBoard(Guid AuditId, DateOnly PresentedOn, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditClosed(Guid AuditId, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record AuditCancelled(
    Guid AuditId, [NotPersonal("Why the audit stopped: about the audit as a whole.")] string Reason, AuditStage CancelledAt, Actor By, DateTimeOffset At)
    : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record ImmediateConcernRaised(
    Guid AuditId,
    Guid ConcernId,
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    Guid OwnerOrganisationId,
    [PersonalData(PersonalData.CaseText, "What worries the partnership about the child, for the agency that must act.")] string Summary,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record ImmediateConcernAcknowledged(Guid AuditId, Guid ConcernId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>This audit looks again at the theme of an earlier, closed one, to see whether practice improved.</summary>
[KeptAs(RecordKind.AuditCaseMaterial, Policies.ReadAudits)]
public sealed record MarkedAsReAudit(Guid AuditId, Guid PreviousAuditId, Actor By, DateTimeOffset At) : IDomainEvent;
