using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Programme.Priorities;

public enum PriorityStatus
{
    Candidate,
    Accepted,
    Dismissed,
}

/// <summary>Where a priority came from: the kind of item (an audit finding, a review, an indicator) and its reference.</summary>
public sealed record PrioritySource(PrioritySourceKind Kind, string? Reference, string? Description);

public sealed record PriorityDetails(PriorityRoute Route, string Theme, string Rationale, PrioritySource? Source, CaseCategory? Category);

/// <summary>A priority for the audit programme, with its route, source and where it stands; kept inline as its read model.</summary>
public sealed record Priority(Guid Id, PriorityDetails Details, PriorityStatus Status, DateTimeOffset RecordedAt) : IVersioned
{
    public long Version { get; init; }

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
