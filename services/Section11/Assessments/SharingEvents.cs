using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// An organisation's own users agreed that the Section 11 and 175 submissions it makes in this partnership are shared
/// with one other, named partnership that invites it.
/// </summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record SharingAgreed(
    Guid AgreementId,
    Guid OrganisationId,
    [NotPersonal("A partnership's id.")] string WithPartnership,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation stopped sharing with that partnership; what it already received stays its own record.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record SharingWithdrawn(
    Guid AgreementId,
    Guid OrganisationId,
    [NotPersonal("A partnership's id.")] string WithPartnership,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
