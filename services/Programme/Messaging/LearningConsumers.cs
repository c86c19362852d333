using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using LearningToTest = Safeguarding.Contracts.Learning.LearningToTest;
using RecommendationMade = Safeguarding.Contracts.Learning.RecommendationMade;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// The loop from reviews and learning: a review's recommendation becomes a candidate priority on the practice-review
/// route, and learning a later audit should test becomes a candidate re-audit of its theme.
/// </summary>
public sealed class LearningConsumers(IDocumentStore store) : IConsumer<RecommendationMade>, IConsumer<LearningToTest>
{
    public Task Consume(ConsumeContext<RecommendationMade> context)
    {
        var m = context.Message;
        return CandidatePriorities.ProposeOnceAsync(
            store,
            m.PartnershipId,
            new PriorityDetails(PriorityRoute.PracticeReview, m.Theme.Value, m.Text,
                new PrioritySource(PrioritySourceKind.ReviewRecommendation, m.RecommendationId.ToString(), $"{m.ReviewKind} {m.ReviewId}: {m.Theme}"), null),
            m.Actor,
            m.OccurredAt,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<LearningToTest> context)
    {
        var m = context.Message;
        return CandidatePriorities.ProposeOnceAsync(
            store,
            m.PartnershipId,
            new PriorityDetails(PriorityRoute.KnownConcern, m.Theme.Value, $"Re-audit to test that this learning took hold: {m.Learning}",
                new PrioritySource(PrioritySourceKind.LearningToTest, m.LearningId.ToString(), $"{m.SourceKind} learning to test"), null),
            m.Actor,
            m.OccurredAt,
            context.CancellationToken);
    }
}
