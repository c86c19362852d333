using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Audit.Audits;

/// <summary>The stages an audit moves through (DOMAIN.md, "the audit flow chart"); later issues add the rest.</summary>
public enum AuditStage
{
    Scoping,
}

/// <summary>A multi-agency case audit, as its stream tells it; kept inline as the audit's read model.</summary>
public sealed record MultiAgencyAudit(
    Guid Id,
    Guid ProgrammeId,
    int Year,
    int Quarter,
    string Theme,
    IReadOnlyList<CaseCategory> Categories,
    AuditStage Stage,
    DateTimeOffset OpenedAt) : IVersioned
{
    public long Version { get; init; }

    public static MultiAgencyAudit Create(AuditOpened opened) =>
        new(opened.AuditId, opened.ProgrammeId, opened.Year, opened.Quarter, opened.Theme, opened.Categories, AuditStage.Scoping, opened.At);
}
