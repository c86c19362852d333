using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Section11.Cycles;

/// <summary>The stages of a Section 11 cycle (DOMAIN.md, section 3); later issues add invitation to follow-up.</summary>
public enum CycleStage
{
    Open,
}

/// <summary>
/// A partnership's Section 11 self-assessment cycle for one year, with the exact framework version and scoring scheme
/// it opened on; kept inline as its read model.
/// </summary>
public sealed record Section11Cycle(Guid Id, int Year, DateOnly Deadline, CycleStage Stage, DateTimeOffset OpenedAt, Framework Framework, ScoringScheme Scheme)
    : IVersioned
{
    public long Version { get; init; }

    public IReadOnlyList<Guid> Invited { get; init; } = [];

    public Section11Cycle Apply(OrganisationsInvited invited) => this with { Invited = [.. Invited, .. invited.OrganisationIds] };

    public static Section11Cycle Create(Section11CycleOpened opened) =>
        new(opened.CycleId, opened.Year, opened.Deadline, CycleStage.Open, opened.At, opened.Framework, opened.Scheme);
}
