using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Actions;

public sealed record RecordImprovementAction(
    [Required, StringLength(ActionDecisions.MaxWhatLength)] string? What,
    [Required, StringLength(2000)] string? Why,
    [Required] Guid? OwnerOrganisationId,
    [Required, DateWindow(From = DateBound.Today)] DateOnly? DueDate,
    [StringLength(200, MinimumLength = 1)] string? TestTheme = null);

public sealed record ReportProgress([Required] ActionProgress? Progress, [Required, StringLength(2000)] string? Note);

public sealed record CloseAction([Required, StringLength(4000)] string? EvidenceOfImpact);

public static class ActionDecisions
{
    public const int MaxWhatLength = 1000;

    /// <summary>A SMART action names what, why, who owns it and by when; a due date already past helps nobody.</summary>
    public static Decision Record(RecordImprovementAction c, IReadOnlySet<Guid> directory, Guid actionId, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime))
            .When(c.OwnerOrganisationId is { } owner && !directory.Contains(owner), "ownerOrganisationId", "Not an organisation in the partnership directory.");
        return Decision.From(errors, () => Decision.Accept(new ActionCreated(
            actionId, c.What!.Trim(), c.Why!.Trim(), new ActionSource(ActionSourceKind.Manual, null, "Recorded by the partnership"), c.OwnerOrganisationId!.Value,
            c.DueDate!.Value, c.TestTheme?.Trim(), by, now)));
    }

    /// <summary>Owners update their own actions only, until the partnership closes them.</summary>
    public static Decision ReportProgress(ImprovementAction action, Guid? callerOrganisation, ReportProgress c, Actor by, DateTimeOffset now) =>
        callerOrganisation != action.OwnerOrganisationId ? Decision.Forbid("Only the owning organisation updates its action.")
        : action.Status == ActionStatus.Closed ? Decision.Refuse("The action is closed.")
        : Decision.From(
            new ValidationErrors().Check(c),
            () => Decision.Accept(new ActionProgressReported(action.Id, action.OwnerOrganisationId, c.Progress!.Value, c.Note!.Trim(), by, now)));

    /// <summary>Overdue once the first working day after the due date has begun with the action unfinished; flagged once.</summary>
    public static IReadOnlyList<ActionWentOverdue> Overdue(ImprovementAction action, WorkingDayCalendar calendar, DateTimeOffset now) =>
        action.OverdueFrom is null && action.AsOf(DateOnly.FromDateTime(now.UtcDateTime), calendar).OverdueFrom is { } lateFrom
            ? [new ActionWentOverdue(action.Id, action.OwnerOrganisationId, action.DueDate, lateFrom, Actor.System, now)]
            : [];

    /// <summary>An action is closed only once completed, and only with evidence of its impact on practice.</summary>
    public static Decision Close(ImprovementAction action, CloseAction c, Actor by, DateTimeOffset now) =>
        action.Status switch
        {
            ActionStatus.Closed => Decision.Refuse("The action is already closed."),
            not ActionStatus.Completed => Decision.Refuse("The owner reports the action completed before it is closed."),
            _ => Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new ActionClosed(action.Id, action.OwnerOrganisationId, c.EvidenceOfImpact!.Trim(), by, now))),
        };
}
