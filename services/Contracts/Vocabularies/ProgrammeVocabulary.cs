using System.Text.Json.Serialization;

namespace Safeguarding.Contracts;

/// <summary>The routes a priority comes by (DOMAIN.md, section 1); every priority records its route.</summary>
[JsonConverter(typeof(WireEnumConverter<PriorityRoute>))]
public enum PriorityRoute
{
    PracticeReview,
    PerformanceIndicator,
    KnownConcern,
    LearningAndDevelopment,
    CategoryBaseline,
    RegionalTrend,
}

/// <summary>
/// What a priority was raised from: something another service found (a finding, a recommendation, a weak standard),
/// an indicator or a regional trend, or what the coordinator cites (an inspection, a Board or subgroup request, a
/// management forum, a policy to implement).
/// </summary>
[JsonConverter(typeof(WireEnumConverter<PrioritySourceKind>))]
public enum PrioritySourceKind
{
    AuditFinding,
    ReviewRecommendation,
    LearningToTest,
    Section11Standard,
    PerformanceIndicator,
    RegionalTrend,
    Inspection,
    BoardRequest,
    ManagementForum,
    PolicyImplementation,
    Other,
}

/// <summary>What the annual programme schedules (DOMAIN.md, section 1).</summary>
[JsonConverter(typeof(WireEnumConverter<ScheduledItemKind>))]
public enum ScheduledItemKind
{
    ThematicAudit,
    GeneralAudit,
    Section11Cycle,
    Section175Cycle,
    PracticeLearningReview,
    FeedbackMilestone,
}
