using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

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
