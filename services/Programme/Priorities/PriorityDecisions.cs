using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Priorities;

public sealed record PrioritySourceInput(PrioritySourceKind? Kind, string? Reference, string? Description);

public sealed record RecordPriority(PriorityRoute? Route, string? Theme, string? Rationale, PrioritySourceInput? Source, CaseCategory? Category);

public sealed record DismissPriority(string? Reason);

public static class PriorityDecisions
{
    public const int MaxThemeLength = 200;
    public const int MaxRationaleLength = 4000;

    public static ValidationErrors Validate(RecordPriority c)
    {
        var errors = new ValidationErrors()
            .When(c.Route is null, "route", $"route is required: one of {string.Join(", ", Enum.GetNames<PriorityRoute>())}.")
            .RequireText(c.Theme, "theme", MaxThemeLength)
            .RequireText(c.Rationale, "rationale", MaxRationaleLength)
            .When(c.Route == PriorityRoute.CategoryBaseline && c.Category is null, "category", "A baseline priority names the case category it baselines.");
        if (c.Source is { } source)
        {
            errors.When(source.Kind is null, "source.kind", $"source.kind is required: one of {string.Join(", ", Enum.GetNames<PrioritySourceKind>())}.")
                .When(source.Reference?.Length > 500, "source.reference", "source.reference must be at most 500 characters.")
                .When(source.Description?.Length > 1000, "source.description", "source.description must be at most 1000 characters.");
        }

        return errors;
    }

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
                new ValidationErrors().RequireText(c.Reason, "reason", 1000),
                () => Decision.Accept(new PriorityDismissed(priority.Id, c.Reason!.Trim(), by, now)));
}
