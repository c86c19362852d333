using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Cycles;

/// <summary>Organisations asked to assess themselves in this cycle: agencies for Section 11, schools for Section 175.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadSection11)]
public sealed record OrganisationsInvited(Guid CycleId, IReadOnlyList<Guid> OrganisationIds, Actor By, DateTimeOffset At, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0,
    DateOnly Deadline = default)
    : IDomainEvent;

/// <summary>A cycle opened on one framework version and scoring scheme, both kept whole so the cycle never shifts under its returns.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadSection11)]
public sealed record Section11CycleOpened(Guid CycleId, int Year, DateOnly Deadline, Framework Framework, ScoringScheme Scheme, Actor By, DateTimeOffset At)
    : IDomainEvent;

/// <summary>The cycle is over: who returned and who never did, kept for next year's conversation.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadSection11)]
public sealed record CycleClosed(Guid CycleId, SelfAssessmentKind Kind, int Year, IReadOnlyList<Guid> Returned, IReadOnlyList<Guid> NotReturned, Actor By, DateTimeOffset At)
    : IDomainEvent;
