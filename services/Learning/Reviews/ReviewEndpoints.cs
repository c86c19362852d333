using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Calendar;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using ReviewResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Learning.Reviews.Review>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Learning.Reviews;

/// <summary>The review lead's work: serious incidents to Rapid Review and decision, local reviews stage by stage, recommendations.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reviews").WithTags("Reviews");
        group.MapPost("/serious-incidents", RecordSeriousIncident).RequireAuthorization(Policies.ManageReviews);
        group.MapPost("/practice-learning", OpenPracticeLearningReview).RequireAuthorization(Policies.ManageReviews);
        group.MapGet("/", ListReviews).RequireAuthorization(Policies.ReadReviews).RecordsAccess("reviews").Paged();
        group.MapGet("/{id:guid}", GetReview).RequireAuthorization(Policies.ReadReviews).RecordsAccess("review");
        group.MapGet("/{id:guid}/history", GetHistory).RequireAuthorization(Policies.ReadReviews).RecordsAccess("review-history").Paged();
        group.MapPost("/{id:guid}/panel-notification", NotifyPanel).RequireAuthorization(Policies.ManageReviews);
        group.MapPost("/{id:guid}/decision", Decide).RequireAuthorization(Policies.ManageReviews);
        group.MapPost("/{id:guid}/stages", CompleteStage).RequireAuthorization(Policies.ManageReviews);
        group.MapPost("/{id:guid}/recommendations", Recommend).RequireAuthorization(Policies.ManageReviews);
        return app;
    }

    /// <summary>Record a serious incident notification: a rapid review opens with its statutory deadlines.</summary>
    public static async Task<Results<Created<Review>, ValidationProblem>> RecordSeriousIncident(
        RecordSeriousIncident command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
        var id = Guid.CreateVersion7();
        return await StreamCommands.StartAcceptedAsync<Review>(
            session, id, ReviewDecisions.RecordSeriousIncident(command, calendar, id, user.ToActor(), clock.GetUtcNow()), $"/api/reviews/{id}", response, cancellationToken);
    }

    /// <summary>Open a practice learning review on a theme.</summary>
    public static async Task<Results<Created<Review>, ValidationProblem>> OpenPracticeLearningReview(
        OpenPracticeLearningReview command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        var id = Guid.CreateVersion7();
        return await StreamCommands.StartAcceptedAsync<Review>(
            session, id, ReviewDecisions.OpenPracticeLearningReview(command, directory, id, user.ToActor(), clock.GetUtcNow()), $"/api/reviews/{id}", response, cancellationToken);
    }

    /// <summary>The partnership's reviews.</summary>
    public static async Task<Ok<IReadOnlyList<Review>>> ListReviews(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<Review>>(await session.Query<Review>().OrderByDescending(r => r.OpenedAt).ToListAsync(cancellationToken));

    /// <summary>One review: its stages, decision, statutory deadlines and recommendations.</summary>
    public static Task<Results<Ok<Review>, NotFound>> GetReview(Guid id, IQuerySession session, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<Review>(session, id, response, cancellationToken);

    /// <summary>The review's history: each step's public name, label, who, when and version.</summary>
    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound>> GetHistory(
        Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await session.LoadAsync<Review>(id, cancellationToken) is { } record
        && await ReviewHistory.Vocabulary.ReadAsync(session, id, record, user, cancellationToken) is { } history
            ? TypedResults.Ok(history)
            : TypedResults.NotFound();

    /// <summary>Record that the national panel was notified.</summary>
    public static async Task<ReviewResult> NotifyPanel(
        Guid id, NotifyPanel command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
        return await Change(session, id, http, review => ReviewDecisions.NotifyPanel(review, command, calendar, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Record the rapid review's decision and its rationale.</summary>
    public static async Task<ReviewResult> Decide(
        Guid id, DecideRapidReview command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var calendar = await PartnershipCalendar.LoadAsync(session, cancellationToken);
        return await Change(session, id, http, review => ReviewDecisions.Decide(review, command, calendar, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Complete the review's current stage.</summary>
    public static Task<ReviewResult> CompleteStage(
        Guid id, CompleteStage command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, id, http, review => ReviewDecisions.CompleteStage(review, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>The recommendation and its action in the register are written in one transaction.</summary>
    public static async Task<ReviewResult> Recommend(
        Guid id, MakeRecommendation command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        return await Change(session, id, http, review =>
        {
            var decision = ReviewDecisions.Recommend(review, command, directory, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow());
            if (decision is Decision.Accepted { Events: [RecommendationMade made] })
            {
                session.Events.StartStream<ImprovementAction>(made.RecommendationId, ReviewDecisions.ActionFor(review, made));
            }

            return decision;
        }, cancellationToken);
    }

    private static Task<ReviewResult> Change(IDocumentSession session, Guid id, HttpContext http, Func<Review, Decision> decide, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Review, Review>(session, id, http, decide, review => review, cancellationToken);
}
