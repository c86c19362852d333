using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Priorities;

public sealed record PrioritySourceInput([Required] PrioritySourceKind? Kind, [StringLength(500)] string? Reference, [StringLength(1000)] string? Description);

public sealed record RecordPriority(
    [Required] PriorityRoute? Route,
    [Required, StringLength(PriorityDecisions.MaxThemeLength)] string? Theme,
    [Required, StringLength(PriorityDecisions.MaxRationaleLength)] string? Rationale,
    PrioritySourceInput? Source,
    CaseCategory? Category);

public sealed record DismissPriority([Required, StringLength(1000)] string? Reason);

public static class PriorityDecisions
{
    public const int MaxThemeLength = 200;
    public const int MaxRationaleLength = 4000;

    public static ValidationErrors Validate(RecordPriority c) =>
        new ValidationErrors().Check(c)
            .When(c.Route == PriorityRoute.CategoryBaseline && c.Category is null, "category", "A baseline priority names the case category it baselines.");

    public static PriorityDetails Details(RecordPriority c) =>
        new(
            c.Route!.Value,
            c.Theme!.Trim(),
            c.Rationale!.Trim(),
            c.Source is { } s ? new PrioritySource(s.Kind!.Value, s.Reference?.Trim(), s.Description?.Trim()) : null,
            c.Category);

    public static Decision Accept(Priority priority, Actor by, DateTimeOffset now) =>
        priority.Status == PriorityStatus.Candidate
            ? Decision.Accept(new PriorityAccepted(priority.Id, priority.Details, by, now))
            : Decision.Refuse($"Only a candidate priority can be accepted; this one is {priority.Status}.");

    public static Decision Dismiss(Priority priority, DismissPriority c, Actor by, DateTimeOffset now) =>
        priority.Status != PriorityStatus.Candidate
            ? Decision.Refuse($"Only a candidate priority can be dismissed; this one is {priority.Status}.")
            : Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new PriorityDismissed(priority.Id, c.Reason!.Trim(), by, now)));
}
