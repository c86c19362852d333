using Safeguarding.ServiceDefaults.Http;
namespace Safeguarding.Learning.Actions;

/// <summary>Where an action stands (DOMAIN.md, section 5); later issues add progress, overdue and closure.</summary>
public enum ActionStatus
{
    NotStarted,
}

/// <summary>One entry in the improvement actions register; kept inline as its read model.</summary>
public sealed record ImprovementAction(
    Guid Id,
    string Title,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    ActionStatus Status,
    DateTimeOffset RecordedAt) : IVersioned
{
    public long Version { get; init; }

    public static ImprovementAction Create(ImprovementActionRecorded recorded) =>
        new(recorded.ActionId, recorded.Title, recorded.OwnerOrganisationId, recorded.DueDate, ActionStatus.NotStarted, recorded.At);
}
