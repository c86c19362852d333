using Safeguarding.Contracts.Programme;

namespace Safeguarding.Audit.Audits;

public static class AuditDecisions
{
    /// <summary>
    /// A scheduled audit opens in scoping under the id the programme gave it, so the same schedule heard twice
    /// is the same audit. Who scheduled it and when travel with it.
    /// </summary>
    public static AuditOpened Open(AuditScheduled scheduled) =>
        new(scheduled.AuditId, scheduled.ProgrammeId, scheduled.Year, scheduled.Quarter, scheduled.Theme,
            [.. scheduled.Categories], scheduled.Actor, scheduled.OccurredAt);
}
