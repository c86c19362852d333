using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Section11.Frameworks;

namespace Safeguarding.Section11.Cycles;

/// <summary>A cycle is open from launch through follow-up; each organisation's return carries its own stage.</summary>
public enum CycleStage
{
    Open,
    Closed,
}

/// <summary>
/// A partnership's Section 11 self-assessment cycle for one year, with the exact framework version and scoring scheme
/// it opened on; kept inline as its read model.
/// </summary>
public sealed record Section11Cycle(Guid Id, int Year, DateOnly Deadline, CycleStage Stage, DateTimeOffset OpenedAt, Framework Framework, ScoringScheme Scheme)
    : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>A cycle is kept as long as its returns, and goes with them, so no list of returns outlives them.</summary>
    public static readonly IRetainedRecords Retained = StreamRecords<Section11Cycle>.ByYear(RecordKind.SelfAssessmentEvidence, c => c.Year, c => c.Id);

    public IReadOnlyList<Guid> Invited { get; init; } = [];

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<Guid> NotReturned { get; init; } = [];

    public Section11Cycle Apply(OrganisationsInvited invited) => this with { Invited = [.. Invited, .. invited.OrganisationIds] };

    public Section11Cycle Apply(CycleClosed closed) => this with { Stage = CycleStage.Closed, ClosedAt = closed.At, NotReturned = closed.NotReturned };

    public static Section11Cycle Create(Section11CycleOpened opened) =>
        new(opened.CycleId, opened.Year, opened.Deadline, CycleStage.Open, opened.At, opened.Framework, opened.Scheme);
}
