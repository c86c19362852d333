using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>Where an action in the improvement register came from.</summary>
[JsonConverter(typeof(WireEnumConverter<ActionSourceKind>))]
public enum ActionSourceKind
{
    Manual,
    Audit,
    Section11,
    Review,
}

/// <summary>What an action's owner says of its progress.</summary>
[JsonConverter(typeof(WireEnumConverter<ActionProgress>))]
public enum ActionProgress
{
    NotStarted,
    OnTrack,
    AtRisk,
    Completed,
}

/// <summary>Where an action stands: its owner's word, unless it is overdue, completed or closed.</summary>
[JsonConverter(typeof(WireEnumConverter<ActionStatus>))]
public enum ActionStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    Overdue,
    Completed,
    Closed,
}

/// <summary>A review: a Rapid Review after a serious incident, what it decided, or the partnership's own lighter review.</summary>
[JsonConverter(typeof(WireEnumConverter<ReviewKind>))]
public enum ReviewKind
{
    RapidReview,
    LocalChildSafeguardingPracticeReview,
    NationalReview,
    PracticeLearningReview,
    NoFurtherReview,
}

/// <summary>What the Rapid Review decides (Working Together 2023).</summary>
[JsonConverter(typeof(WireEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    LocalChildSafeguardingPracticeReview,
    NationalReview,
    PracticeLearningReview,
    NoFurtherReview,
}

public static class ReviewDecisionExtensions
{
    /// <summary>The review a Rapid Review's decision leads to.</summary>
    public static ReviewKind ReviewItLeadsTo(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.LocalChildSafeguardingPracticeReview => ReviewKind.LocalChildSafeguardingPracticeReview,
        ReviewDecision.NationalReview => ReviewKind.NationalReview,
        ReviewDecision.PracticeLearningReview => ReviewKind.PracticeLearningReview,
        _ => ReviewKind.NoFurtherReview,
    };
}

/// <summary>The statutory deadlines of a review: panel notification, the Rapid Review, a local review's final report.</summary>
[JsonConverter(typeof(WireEnumConverter<StatutoryDeadline>))]
public enum StatutoryDeadline
{
    PanelNotification,
    RapidReview,
    FinalReport,
}

/// <summary>What a 7-minute briefing was drafted from.</summary>
[JsonConverter(typeof(WireEnumConverter<BriefingSourceKind>))]
public enum BriefingSourceKind
{
    Audit,
    Review,
}

/// <summary>The events of the feedback and improvement programme.</summary>
[JsonConverter(typeof(WireEnumConverter<TrainingKind>))]
public enum TrainingKind
{
    Training,
    AuditWorkshop,
    BriefingSession,
}
