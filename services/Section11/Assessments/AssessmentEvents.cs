using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Section11.Assessments;

public sealed record AssessmentStarted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation's own score and narrative for one indicator; answering again replaces it until submission.</summary>
public sealed record IndicatorSelfAssessed(Guid AssessmentId, string Indicator, string Score, string? Narrative, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AssessmentSubmitted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Scrutiny: the coordinator or a peer panel queries one indicator of a submitted assessment.</summary>
public sealed record ChallengeRaised(Guid AssessmentId, Guid ChallengeId, string Indicator, string Question, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation answers a challenge on its assessment.</summary>
public sealed record ChallengeAnswered(Guid AssessmentId, Guid ChallengeId, string Answer, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership's moderated score for an indicator, beside the organisation's own; weak when the scheme says so.</summary>
public sealed record IndicatorModerated(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, string StandardTitle, string Indicator, string Score, string Scheme, bool Weak,
    string Rationale, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A school's return is signed off by its head teacher and its safeguarding governor (by work name) before submission.</summary>
public sealed record AssessmentSignedOff(Guid AssessmentId, string Role, string Name, Actor By, DateTimeOffset At) : IDomainEvent;
