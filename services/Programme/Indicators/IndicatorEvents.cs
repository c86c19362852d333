using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Programme.Indicators;

public sealed record IndicatorDefined(Guid IndicatorId, IndicatorDefinition Definition, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A value for a period; recording the same period again corrects it.</summary>
public sealed record IndicatorValueRecorded(Guid IndicatorId, string Period, decimal Value, Actor By, DateTimeOffset At) : IDomainEvent;
