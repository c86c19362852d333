using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Programme.Indicators;

[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record IndicatorDefined(Guid IndicatorId, IndicatorDefinition Definition, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A value for a period; recording the same period again corrects it.</summary>
[KeptAs(RecordKind.PartnershipSetup, Policies.ReadProgramme)]
public sealed record IndicatorValueRecorded(
    Guid IndicatorId,
    [NotPersonal("The period the figure is for.")] string Period,
    decimal Value,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
