using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Reviews;

public sealed record CompletedStage(
    ReviewStage Stage,
    DateOnly CompletedOn,
    [PersonalData(PersonalData.CaseText, "A note on the stage: may touch on the case.")] string? Note);

public sealed record Recommendation(
    Guid RecommendationId,
    [PersonalData(PersonalData.CaseText, "The recommendation: may draw on the case.")] string Text,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    [NotPersonal("What a later audit should test, as a theme.")] string? TestTheme);

public sealed record DeadlineFlag(StatutoryDeadline Deadline, DateOnly Due, bool Missed, DateTimeOffset FlaggedAt);

/// <summary>A named statutory deadline still waiting for its step.</summary>
public sealed record OpenDeadline(StatutoryDeadline Name, Deadline Deadline);

/// <summary>One review, from the serious incident (or the referral) to its recommendations; kept inline as its read model.</summary>
[KeptAs(RecordKind.Reviews, Policies.ReadReviews)]
public sealed record Review(
    Guid Id,
    ReviewKind Kind,
    [PersonalData(PersonalData.CaseKey)] string? CaseReference,
    [NotPersonal("The theme, from the partnership's list.")] string Theme,
    [PersonalData(PersonalData.CaseText, "What happened, or why the review was opened: draws on the case.")] string Summary,
    DateTimeOffset OpenedAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>A review is kept from when it was opened (35 years by default): past the period it goes with its whole history.</summary>
    public static readonly IRetainedRecords Retained = new StreamRecords<Review>(RecordKind.Reviews, before => r => r.OpenedAt < before, r => r.Id);

    public DateOnly? AwareOn { get; init; }

    public Deadline? PanelNotificationDue { get; init; }

    public DateOnly? PanelNotifiedOn { get; init; }

    public Deadline? RapidReviewDue { get; init; }

    public ReviewDecision? Decision { get; init; }

    [PersonalData(PersonalData.CaseText, "Why the Rapid Review decided as it did: draws on the case.")]
    public string? DecisionRationale { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public Deadline? FinalReportDue { get; init; }

    public IReadOnlyList<CompletedStage> Stages { get; init; } = [];

    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    public IReadOnlyList<DeadlineFlag> Flags { get; init; } = [];

    /// <summary>The next stage of a local review, or null when it has none left (or none at all).</summary>
    public ReviewStage? NextStage => Kind is ReviewKind.LocalChildSafeguardingPracticeReview or ReviewKind.PracticeLearningReview
        ? Enum.GetValues<ReviewStage>().Cast<ReviewStage?>().FirstOrDefault(s => Stages.All(c => c.Stage != s))
        : null;

    public IReadOnlyList<OpenDeadline> OpenDeadlines =>
    [
        .. PanelNotificationDue is { } notify && PanelNotifiedOn is null ? [new OpenDeadline(StatutoryDeadline.PanelNotification, notify)] : Array.Empty<OpenDeadline>(),
        .. RapidReviewDue is { } rapid && Decision is null ? [new OpenDeadline(StatutoryDeadline.RapidReview, rapid)] : Array.Empty<OpenDeadline>(),
        .. FinalReportDue is { } report && Stages.All(s => s.Stage != ReviewStage.Published) ? [new OpenDeadline(StatutoryDeadline.FinalReport, report)] : Array.Empty<OpenDeadline>(),
    ];

    public static Review Create(SeriousIncidentRecorded recorded) =>
        new(recorded.ReviewId, ReviewKind.RapidReview, recorded.CaseReference, recorded.Theme, recorded.Summary, recorded.At)
        {
            AwareOn = recorded.AwareOn,
            PanelNotificationDue = recorded.PanelNotificationDue,
        };

    public static Review Create(PracticeLearningReviewOpened opened) =>
        new(opened.ReviewId, ReviewKind.PracticeLearningReview, opened.CaseReference, opened.Theme, opened.Reason, opened.At);

    public Review Apply(PanelNotified notified) => this with { PanelNotifiedOn = notified.NotifiedOn, RapidReviewDue = notified.RapidReviewDue };

    public Review Apply(RapidReviewDecided decided) =>
        this with
        {
            Kind = decided.Decision.ReviewItLeadsTo(),
            Decision = decided.Decision,
            DecisionRationale = decided.Rationale,
            DecidedOn = decided.DecidedOn,
            FinalReportDue = decided.FinalReportDue,
        };

    public Review Apply(ReviewStageCompleted completed) => this with { Stages = [.. Stages, new CompletedStage(completed.Stage, completed.CompletedOn, completed.Note)] };

    public Review Apply(RecommendationMade made) =>
        this with { Recommendations = [.. Recommendations, new Recommendation(made.RecommendationId, made.Text, made.OwnerOrganisationId, made.DueDate, made.TestTheme)] };

    public Review Apply(ReviewDeadlineFlagged flagged) => this with { Flags = [.. Flags, new DeadlineFlag(flagged.Deadline, flagged.Due, flagged.Missed, flagged.At)] };
}
