using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Actions;

public sealed record RecordImprovementAction(string? Title, Guid? OwnerOrganisationId, DateOnly? DueDate);

public static class ActionDecisions
{
    public const int MaxTitleLength = 300;

    /// <summary>A SMART action names what, who owns it and by when; a due date already past helps nobody.</summary>
    public static ValidationErrors Validate(RecordImprovementAction command, DateOnly today) =>
        new ValidationErrors()
            .RequireText(command.Title, "title", MaxTitleLength)
            .When(command.OwnerOrganisationId is null || command.OwnerOrganisationId == Guid.Empty, "ownerOrganisationId", "ownerOrganisationId is required.")
            .When(command.DueDate is null, "dueDate", "dueDate is required.")
            .When(command.DueDate < today, "dueDate", "dueDate must not be in the past.");

    public static ImprovementActionRecorded Record(RecordImprovementAction command, Guid actionId, Actor by, DateTimeOffset now) =>
        new(actionId, command.Title!.Trim(), command.OwnerOrganisationId!.Value, command.DueDate!.Value, by, now);
}
