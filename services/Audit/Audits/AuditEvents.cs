using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Audit.Audits;

/// <summary>The programme put a thematic audit on the year: the audit exists from here on, in scoping.</summary>
public sealed record AuditOpened(
    Guid AuditId,
    Guid ProgrammeId,
    int Year,
    int Quarter,
    string Theme,
    IReadOnlyList<CaseCategory> Categories,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

public sealed record TermsOfReferenceAgreed(Guid AuditId, TermsOfReference Terms, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record CasesSelected(Guid AuditId, IReadOnlyList<SampledCase> Cases, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Each case's agencies were told; from here their single-agency returns are open.</summary>
public sealed record AgenciesNotified(Guid AuditId, IReadOnlyList<CaseAgencies> Cases, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Work in progress on a return; it stays within the Audit service (no integration event).</summary>
public sealed record ReturnDraftSaved(Guid AuditId, ReturnDraft Draft, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ReturnSubmitted(Guid AuditId, AgencyReturn Return, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>No return can change after this; those still missing are recorded as outstanding.</summary>
public sealed record ReturnsClosed(Guid AuditId, IReadOnlyList<ExpectedReturn> Outstanding, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditMeetingHeld(
    Guid AuditId,
    DateOnly HeldOn,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<CaseGrade> CaseGrades,
    IReadOnlyList<Finding> Findings,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

public sealed record AuditReportDrafted(Guid AuditId, AuditReport Report, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditReportApproved(Guid AuditId, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditActionsRaised(Guid AuditId, IReadOnlyList<RaisedAction> Actions, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditPresentedToBoard(Guid AuditId, DateOnly PresentedOn, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditClosed(Guid AuditId, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AuditCancelled(Guid AuditId, string Reason, AuditStage CancelledAt, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ImmediateConcernRaised(Guid AuditId, Guid ConcernId, string CaseKey, Guid OwnerOrganisationId, string Summary, Actor By, DateTimeOffset At)
    : IDomainEvent;

public sealed record ImmediateConcernAcknowledged(Guid AuditId, Guid ConcernId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>This audit looks again at the theme of an earlier, closed one, to see whether practice improved.</summary>
public sealed record MarkedAsReAudit(Guid AuditId, Guid PreviousAuditId, Actor By, DateTimeOffset At) : IDomainEvent;
