using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Programme.Priorities;

public enum PriorityStatus
{
    Candidate,
    Accepted,
    Dismissed,
}

/// <summary>Where a priority came from: the kind of item (an audit finding, a review, an indicator) and its reference.</summary>
public sealed record PrioritySource(
    PrioritySourceKind Kind,
    [NotPersonal("The id of the finding, review or trend behind the priority.")] string? Reference,
    [NotPersonal("Names the finding, review or trend behind the priority.")] string? Description);

public sealed record PriorityDetails(
    PriorityRoute Route,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    [NotPersonal("Why the partnership makes it a priority: drawn from findings across cases, checked for identifiers at the door.")] string Rationale,
    PrioritySource? Source,
    CaseCategory? Category);

/// <summary>A priority for the audit programme, with its route, source and where it stands; kept inline as its read model.</summary>
public sealed record Priority(Guid Id, PriorityDetails Details, PriorityStatus Status, DateTimeOffset RecordedAt) : IVersioned
{
    public long Version { get; init; }

    [NotPersonal("Why the partnership set it aside.")]
    public string? DismissalReason { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public static Priority Create(PriorityRecorded recorded) =>
        new(recorded.PriorityId, recorded.Details, PriorityStatus.Accepted, recorded.At) { DecidedAt = recorded.At };

    public static Priority Create(PriorityProposed proposed) =>
        new(proposed.PriorityId, proposed.Details, PriorityStatus.Candidate, proposed.At);

    public Priority Apply(PriorityAccepted accepted) => this with { Status = PriorityStatus.Accepted, DecidedAt = accepted.At };

    public Priority Apply(PriorityDismissed dismissed) =>
        this with { Status = PriorityStatus.Dismissed, DismissalReason = dismissed.Reason, DecidedAt = dismissed.At };
}
