using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Actions;

public sealed record ProgressUpdate(
    ActionProgress Progress,
    [PersonalData(PersonalData.CaseText, "The owner's account of progress: may touch on cases.")] string Note,
    [PersonalData(PersonalData.StaffAccount)] string By,
    DateTimeOffset At);

/// <summary>One entry in the improvement actions register, whatever its source; kept inline as its read model.</summary>
[KeptAs(RecordKind.Actions, Policies.ReadActions)]
public sealed record ImprovementAction(
    Guid Id,
    [PersonalData(PersonalData.CaseText, "What the agency will do: may touch on the cases that showed the need.")] string What,
    [PersonalData(PersonalData.CaseText, "Why it is needed: may draw on the cases behind the finding.")] string Why,
    ActionSource Source,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    [NotPersonal("What a later audit should test, as a theme.")] string? TestTheme,
    DateTimeOffset RecordedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>An action is kept from when it was closed: past the partnership's period it goes with its whole history; an open one stays.</summary>
    public static readonly IRetainedRecords Retained = new StreamRecords<ImprovementAction>(RecordKind.Actions, before => a => a.ClosedAt < before, a => a.Id);

    public ActionProgress Progress { get; init; }

    public IReadOnlyList<ProgressUpdate> Updates { get; init; } = [];

    public DateOnly? OverdueFrom { get; init; }

    [PersonalData(PersonalData.CaseText, "What changed in practice, as the partnership judged it: may draw on cases.")]
    public string? EvidenceOfImpact { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public ActionStatus Status => this switch
    {
        { ClosedAt: not null } => ActionStatus.Closed,
        { Progress: ActionProgress.Completed } => ActionStatus.Completed,
        { OverdueFrom: not null } => ActionStatus.Overdue,
        { Progress: ActionProgress.AtRisk } => ActionStatus.AtRisk,
        { Progress: ActionProgress.OnTrack } => ActionStatus.OnTrack,
        _ => ActionStatus.NotStarted,
    };

    public bool IsFinished => Status is ActionStatus.Completed or ActionStatus.Closed;

    /// <summary>
    /// The action as it stands on <paramref name="today"/>: overdue from the first working day after its due date with
    /// the action unfinished, whether or not the periodic check has recorded it yet (it only publishes).
    /// </summary>
    public ImprovementAction AsOf(DateOnly today, WorkingDayCalendar calendar) =>
        IsFinished || OverdueFrom is not null || today < calendar.LateFrom(DueDate) ? this : this with { OverdueFrom = calendar.LateFrom(DueDate) };

    public static ImprovementAction Create(ActionCreated created) =>
        new(created.ActionId, created.What, created.Why, created.Source, created.OwnerOrganisationId, created.DueDate, created.TestTheme, created.At);

    public ImprovementAction Apply(ActionProgressReported reported) =>
        this with { Progress = reported.Progress, Updates = [.. Updates, new ProgressUpdate(reported.Progress, reported.Note, reported.By.Id, reported.At)] };

    public ImprovementAction Apply(ActionWentOverdue overdue) => this with { OverdueFrom = overdue.LateFrom };

    public ImprovementAction Apply(ActionClosed closed) => this with { ClosedAt = closed.At, EvidenceOfImpact = closed.EvidenceOfImpact };
}
