using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Briefings;

public sealed record ReviseBriefing(
    [Required, StringLength(200)] string? Title,
    [Required, StringLength(4000)] string? Background,
    [Required, StringLength(4000)] string? WhyItMatters,
    [MaxLength(BriefingDecisions.MaxItems), ItemLength(BriefingDecisions.MaxItemLength)] IReadOnlyList<string>? Findings,
    [MaxLength(BriefingDecisions.MaxItems), ItemLength(BriefingDecisions.MaxItemLength)] IReadOnlyList<string>? WhatWeWillDo,
    [MaxLength(BriefingDecisions.MaxItems), ItemLength(BriefingDecisions.MaxItemLength)] IReadOnlyList<string>? QuestionsForReflection,
    [MaxLength(BriefingDecisions.MaxItems), ItemLength(BriefingDecisions.MaxItemLength)] IReadOnlyList<string>? Links);

/// <summary>Drafts a briefing from what an audit or a review found and what the partnership will do; the author edits before publishing.</summary>
public static class BriefingDecisions
{
    public const int MaxItems = 20;
    public const int MaxItemLength = 1000;

    private static readonly IReadOnlyList<string> DefaultQuestions =
    [
        "How does this learning apply to the children and families you work with?",
        "What will you do differently from tomorrow?",
        "Who in your team needs to hear this?",
    ];

    public static BriefingDrafted FromAudit(AuditLearning audit, IReadOnlyList<ImprovementAction> actions, Guid briefingId, Actor by, DateTimeOffset now) =>
        new(briefingId, BriefingSourceKind.Audit, audit.Id, new BriefingContent(
            $"Learning from the multi-agency audit: {audit.Theme}",
            audit.ReportSummary ?? $"In {audit.Year} the partnership's agencies audited a sample of cases together on {audit.Theme}.",
            "Audits are about learning, not blame: they show where practice helps children and where it must change.",
            [.. audit.Findings.Select(f => f.Kind == FindingKind.GoodPractice ? $"Good practice: {f.Text}" : f.Text)],
            [.. actions.Select(a => $"{a.What} (by {a.DueDate:d MMM yyyy})")],
            DefaultQuestions,
            []), by, now);

    public static BriefingDrafted FromReview(Review review, Guid briefingId, Actor by, DateTimeOffset now) =>
        new(briefingId, BriefingSourceKind.Review, review.Id, new BriefingContent(
            $"Learning from a {Describe(review.Kind)}: {review.Theme}",
            review.Summary,
            review.DecisionRationale ?? "The review found learning for every agency involved.",
            [.. review.Recommendations.Select(r => r.Text)],
            [.. review.Recommendations.Select(r => $"{r.Text} (by {r.DueDate:d MMM yyyy})")],
            DefaultQuestions,
            []), by, now);

    private static string Describe(ReviewKind kind) => kind switch
    {
        ReviewKind.LocalChildSafeguardingPracticeReview => "local child safeguarding practice review",
        ReviewKind.PracticeLearningReview => "practice learning review",
        ReviewKind.NationalReview => "national review",
        _ => "rapid review",
    };

    public static Decision Revise(Briefing briefing, ReviseBriefing c, Actor by, DateTimeOffset now)
    {
        if (briefing.IsPublished)
        {
            return Decision.Refuse("The briefing is published; draft a new one to say more.");
        }

        var errors = new ValidationErrors().Check(c);
        for (var i = 0; i < (c.Links?.Count ?? 0); i++)
        {
            errors.When(!Uri.TryCreate(c.Links![i], UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps, $"links[{i}]", "A link is an absolute https:// address.");
        }

        return Decision.From(errors, () => Decision.Accept(new BriefingRevised(briefing.Id, new BriefingContent(
            c.Title!.Trim(), c.Background!.Trim(), c.WhyItMatters!.Trim(), Trimmed(c.Findings), Trimmed(c.WhatWeWillDo), Trimmed(c.QuestionsForReflection), Trimmed(c.Links)), by, now)));
    }

    /// <summary>A briefing goes out only with findings and what the partnership will do about them.</summary>
    public static Decision Publish(Briefing briefing, Actor by, DateTimeOffset now) =>
        briefing.IsPublished ? Decision.Refuse("The briefing is already published.")
        : briefing.Content.Findings.Count == 0 || briefing.Content.WhatWeWillDo.Count == 0
            ? Decision.Refuse("A briefing is published with its findings and what we will do; add them first.")
            : Decision.Accept(new BriefingPublished(briefing.Id, briefing.SourceKind, briefing.SourceId, briefing.Content.Title, by, now));

    private static IReadOnlyList<string> Trimmed(IReadOnlyList<string>? items) => [.. (items ?? []).Select(i => i.Trim())];
}
