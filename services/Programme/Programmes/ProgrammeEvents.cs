using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Programme.Programmes;

public sealed record AuditProgrammeCreated(Guid ProgrammeId, int Year, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ThematicAuditScheduled(
    Guid ProgrammeId,
    Guid AuditId,
    int Year,
    int Quarter,
    string Theme,
    IReadOnlyList<CaseCategory> Categories,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
