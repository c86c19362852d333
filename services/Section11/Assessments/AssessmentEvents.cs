using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Section11.Assessments;

public sealed record AssessmentStarted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation's own score and narrative for one indicator; answering again replaces it until submission.</summary>
public sealed record IndicatorSelfAssessed(Guid AssessmentId, string Indicator, string Score, string? Narrative, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record AssessmentSubmitted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At) : IDomainEvent;
