using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Programme.Programmes;

public sealed record ScheduledAudit(Guid AuditId, int Quarter, string Theme, IReadOnlyList<CaseCategory> Categories);

/// <summary>A partnership's audit programme for one year; drafts stay editable until publication (a later issue).</summary>
public sealed record AuditProgramme(Guid Id, int Year, string Status, IReadOnlyList<ScheduledAudit> Audits) : IVersioned
{
    public const string Draft = "Draft";

    public long Version { get; init; }

    public static AuditProgramme Create(AuditProgrammeCreated created) =>
        new(created.ProgrammeId, created.Year, Draft, []);

    public AuditProgramme Apply(ThematicAuditScheduled scheduled) =>
        this with { Audits = [.. Audits, new ScheduledAudit(scheduled.AuditId, scheduled.Quarter, scheduled.Theme, scheduled.Categories)] };
}
