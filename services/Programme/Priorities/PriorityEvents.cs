using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Priorities;

/// <summary>A coordinator recorded a priority the partnership has agreed: it counts from now.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PriorityRecorded(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Something the partnership learned suggests a priority; the coordinator accepts or dismisses it.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PriorityProposed(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PriorityAccepted(Guid PriorityId, PriorityDetails Details, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record PriorityDismissed(Guid PriorityId, [NotPersonal("Why the partnership set it aside.")] string Reason, Actor By, DateTimeOffset At) : IDomainEvent;
