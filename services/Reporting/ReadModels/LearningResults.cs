using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Reporting.ReadModels;


/// <summary>One action of the register: the owner's latest word (newest wins), the overdue flag, and closure with evidence.</summary>
[KeptAs(RecordKind.Actions, Policies.ReadReports)]
public sealed record ActionRow
{
    public Guid Id { get; init; }

    [PersonalData(PersonalData.CaseText, "What the agency will do, as the register says it, for the Board's list of overdue actions.")]
    public string What { get; init; } = "";

    public ActionSourceKind SourceKind { get; init; }

    public Guid OwnerOrganisationId { get; init; }

    public DateOnly? DueDate { get; init; }

    public ActionProgress Progress { get; init; }

    public DateTimeOffset? ProgressAt { get; init; }

    public bool Overdue { get; init; }

    public bool Closed { get; init; }

    /// <summary>
    /// The action as it stands on <paramref name="today"/>: overdue from the first working day after its due date with
    /// the action unfinished, as Learning counts it, whether or not Learning's periodic check has said so yet.
    /// </summary>
    public ActionRow AsOf(DateOnly today, WorkingDayCalendar calendar) =>
        Closed || Progress == ActionProgress.Completed || Overdue || DueDate is not { } due || today < calendar.LateFrom(due) ? this : this with { Overdue = true };

    public ActionStatus Status => this switch
    {
        { Closed: true } => ActionStatus.Closed,
        { Progress: ActionProgress.Completed } => ActionStatus.Completed,
        { Overdue: true } => ActionStatus.Overdue,
        { Progress: ActionProgress.AtRisk } => ActionStatus.AtRisk,
        { Progress: ActionProgress.OnTrack } => ActionStatus.OnTrack,
        _ => ActionStatus.NotStarted,
    };
}

public sealed class ActionProjection : MultiStreamProjection<ActionRow, Guid>
{
    public ActionProjection()
    {
        Identity<ActionCreated>(e => e.ActionId);
        Identity<ActionStatusChanged>(e => e.ActionId);
        Identity<ActionOverdue>(e => e.ActionId);
        Identity<ActionClosed>(e => e.ActionId);
    }

    public static ActionRow Apply(ActionCreated e, ActionRow row) =>
        row with { Id = e.ActionId, What = e.What, SourceKind = e.SourceKind, OwnerOrganisationId = e.OwnerOrganisationId, DueDate = e.DueDate };

    public static ActionRow Apply(ActionStatusChanged e, ActionRow row) =>
        row.ProgressAt > e.OccurredAt ? row with { Id = e.ActionId } : row with { Id = e.ActionId, OwnerOrganisationId = e.OwnerOrganisationId, Progress = e.Status, ProgressAt = e.OccurredAt };

    public static ActionRow Apply(ActionOverdue e, ActionRow row) => row with { Id = e.ActionId, OwnerOrganisationId = e.OwnerOrganisationId, Overdue = true, DueDate = e.DueDate };

    public static ActionRow Apply(ActionClosed e, ActionRow row) => row with { Id = e.ActionId, OwnerOrganisationId = e.OwnerOrganisationId, Closed = true };
}

/// <summary>One statutory deadline of a review: when its step is due, and when it was taken.</summary>
public sealed record ReviewDeadlineRow(StatutoryDeadline Deadline, DateOnly? Due, DateOnly? MetOn)
{
    /// <summary>Missed from the day after it was due with its step not taken, or for good once the step came late.</summary>
    public bool MissedOn(DateOnly today) => Due is { } due && (MetOn ?? today) > due;
}

/// <summary>
/// A review: its kind and theme, the decision, its statutory deadlines, and the deadlines Learning's periodic check
/// flagged. Which deadlines are missed is worked out when read, so a deadline counts as missed the day after it passes.
/// </summary>
public sealed record ReviewRow
{
    public Guid Id { get; init; }

    public ReviewKind Kind { get; init; }

    public Theme? Theme { get; init; }

    public ReviewDecision? Decision { get; init; }

    public IReadOnlyList<ReviewDeadlineRow> Deadlines { get; init; } = [];

    public IReadOnlyList<StatutoryDeadline> FlaggedMissed { get; init; } = [];

    public IReadOnlyList<StatutoryDeadline> FlaggedAtRisk { get; init; } = [];

    public IReadOnlyList<StatutoryDeadline> MissedOn(DateOnly today) =>
        [.. FlaggedMissed.Union(Deadlines.Where(d => d.MissedOn(today)).Select(d => d.Deadline)).Order()];

    /// <summary>Flagged at risk by the check, and neither met nor missed since.</summary>
    public IReadOnlyList<StatutoryDeadline> AtRiskOn(DateOnly today) =>
        [.. FlaggedAtRisk.Except(MissedOn(today)).Where(d => Deadlines.All(known => known.Deadline != d || known.MetOn is null)).Order()];

    public ReviewRow WithDeadline(StatutoryDeadline deadline, Func<ReviewDeadlineRow, ReviewDeadlineRow> change) =>
        this with
        {
            Deadlines =
            [
                .. Deadlines.Where(d => d.Deadline != deadline),
                change(Deadlines.FirstOrDefault(d => d.Deadline == deadline) ?? new ReviewDeadlineRow(deadline, null, null)),
            ],
        };
}

public sealed class ReviewProjection : MultiStreamProjection<ReviewRow, Guid>
{
    public ReviewProjection()
    {
        Identity<ReviewOpened>(e => e.ReviewId);
        Identity<ReviewDecisionRecorded>(e => e.ReviewId);
        Identity<ReviewDeadlineSet>(e => e.ReviewId);
        Identity<ReviewDeadlineMet>(e => e.ReviewId);
        Identity<ReviewDeadlineAtRisk>(e => e.ReviewId);
    }

    public static ReviewRow Apply(ReviewOpened e, ReviewRow row) => row with { Id = e.ReviewId, Kind = row.Decision is null ? e.Kind : row.Kind, Theme = e.Theme };

    public static ReviewRow Apply(ReviewDecisionRecorded e, ReviewRow row) => row with { Id = e.ReviewId, Decision = e.Decision, Kind = e.Decision.ReviewItLeadsTo() };

    public static ReviewRow Apply(ReviewDeadlineSet e, ReviewRow row) => (row with { Id = e.ReviewId }).WithDeadline(e.Deadline, d => d with { Due = e.Due });

    public static ReviewRow Apply(ReviewDeadlineMet e, ReviewRow row) => (row with { Id = e.ReviewId }).WithDeadline(e.Deadline, d => d with { MetOn = e.MetOn });

    public static ReviewRow Apply(ReviewDeadlineAtRisk e, ReviewRow row) => e.Missed
        ? row with { Id = e.ReviewId, FlaggedMissed = [.. row.FlaggedMissed.Union([e.Deadline])] }
        : row with { Id = e.ReviewId, FlaggedAtRisk = [.. row.FlaggedAtRisk.Union([e.Deadline])] };
}

/// <summary>The partnership's closure days, as Learning last sent them (the whole list): actions fall due on its working days.</summary>
public sealed record ClosureDaysRow
{
    public static readonly Guid DocumentId = DeterministicGuid.Create("partnership-closure-days");

    public Guid Id { get; init; }

    public IReadOnlyList<DateOnly> Days { get; init; } = [];

    public DateTimeOffset AsOf { get; init; }
}

public sealed class ClosureDaysProjection : MultiStreamProjection<ClosureDaysRow, Guid>
{
    public ClosureDaysProjection() => Identity<ClosureDaysChanged>(_ => ClosureDaysRow.DocumentId);

    public static ClosureDaysRow Apply(ClosureDaysChanged e, ClosureDaysRow row) =>
        row.AsOf > e.OccurredAt ? row with { Id = ClosureDaysRow.DocumentId } : new() { Id = ClosureDaysRow.DocumentId, Days = e.ClosureDays, AsOf = e.OccurredAt };
}

/// <summary>Learning that reached practitioners: a published briefing, or one practitioner's feedback on an event.</summary>
public sealed record LearningRow
{
    public Guid Id { get; init; }

    [NotPersonal("Briefing or feedback.")]
    public string Kind { get; init; } = "";

    [NotPersonal("The briefing's title or the training's topic.")]
    public string Topic { get; init; } = "";

    public int? Rating { get; init; }
}

public sealed class LearningProjection : MultiStreamProjection<LearningRow, Guid>
{
    public const string Briefing = nameof(Briefing);
    public const string Feedback = nameof(Feedback);

    public LearningProjection()
    {
        Identity<BriefingPublished>(e => e.BriefingId);
        Identity<TrainingFeedbackReceived>(e => e.EventId);
    }

    public static LearningRow Apply(BriefingPublished e, LearningRow row) => row with { Id = e.BriefingId, Kind = Briefing, Topic = e.Title };

    public static LearningRow Apply(TrainingFeedbackReceived e, LearningRow row) => row with { Id = e.EventId, Kind = Feedback, Topic = e.Topic, Rating = e.Rating };
}
