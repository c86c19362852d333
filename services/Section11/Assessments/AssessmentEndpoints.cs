using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>An organisation writes and reads only its own assessment; the coordinator reads every one and tracks returns.</summary>
public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<Frameworks.FrameworkKind>())
        {
            MapAssessments(app.MapGroup(CycleEndpoints.PathOf(kind) + "/{cycleId:guid}").WithTags("Self-assessments"));
        }

        return app;
    }

    private static void MapAssessments(RouteGroupBuilder group)
    {
        group.MapPut("/assessments/{organisationId:guid}/indicators/{indicator}", AnswerIndicator).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/assessments/{organisationId:guid}/submit", Submit).RequireAuthorization(Policies.SubmitReturns);
        group.MapGet("/assessments/{organisationId:guid}", GetAssessment).RequireAuthorization(Policies.ReadSection11);
        group.MapGet("/returns", ListReturns).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/assessments/{organisationId:guid}/challenges", RaiseChallenge).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/assessments/{organisationId:guid}/challenges/{challengeId:guid}/answer", AnswerChallenge).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/assessments/{organisationId:guid}/moderation", Moderate).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/assessments/{organisationId:guid}/sign-off", SignOff).RequireAuthorization(Policies.SubmitReturns);
    }

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> AnswerIndicator(
        Guid cycleId, Guid organisationId, string indicator, AnswerIndicator command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OwnOrganisationOnly, (assessment, cycle) => AssessmentDecisions.Answer(assessment, cycle, indicator, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> Submit(
        Guid cycleId, Guid organisationId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OwnOrganisationOnly, (assessment, cycle) => AssessmentDecisions.Submit(assessment, cycle, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> SignOff(
        Guid cycleId, Guid organisationId, SignOffAssessment command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OwnOrganisationOnly, (assessment, cycle) => AssessmentDecisions.SignOff(assessment, cycle, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> RaiseChallenge(
        Guid cycleId, Guid organisationId, RaiseChallenge command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, false, (assessment, cycle) => AssessmentDecisions.RaiseChallenge(assessment, cycle, command, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> AnswerChallenge(
        Guid cycleId, Guid organisationId, Guid challengeId, AnswerChallenge command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OwnOrganisationOnly, (assessment, _) => AssessmentDecisions.AnswerChallenge(assessment, challengeId, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> Moderate(
        Guid cycleId, Guid organisationId, ModerateIndicator command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, false, (assessment, cycle) => AssessmentDecisions.Moderate(assessment, cycle, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static async Task<Results<Ok<Assessment>, NotFound>> GetAssessment(
        Guid cycleId, Guid organisationId, IQuerySession session, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        // Another organisation's assessment is simply not there for the caller.
        if (!user.IsInRole(Roles.Coordinator) && user.OrganisationId() != organisationId)
        {
            return TypedResults.NotFound();
        }

        return await VersionedResults.LoadAsync<Assessment>(session, Assessment.IdFor(cycleId, organisationId), response, cancellationToken);
    }

    public static async Task<Results<Ok<IReadOnlyList<ReturnStatus>>, NotFound>> ListReturns(
        Guid cycleId, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Section11Cycle>(cycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        var assessments = await session.Query<Assessment>().Where(a => a.CycleId == cycleId).ToListAsync(cancellationToken);
        return TypedResults.Ok(ReturnTracking.For(cycle, assessments, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    private const bool OwnOrganisationOnly = true;

    private static async Task<Results<Ok<Assessment>, ValidationProblem, NotFound, ProblemHttpResult>> Change(
        IDocumentSession session, Guid cycleId, Guid organisationId, HttpContext http, bool ownOrganisationOnly, Func<Assessment, Section11Cycle, Decision> decide,
        CancellationToken cancellationToken)
    {
        if (ownOrganisationOnly && http.User.OrganisationId() != organisationId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the organisation itself writes its assessment.");
        }

        if (await session.LoadAsync<Section11Cycle>(cycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        return await StreamCommands.ExecuteAsync<Assessment, Assessment>(
            session, Assessment.IdFor(cycleId, organisationId), http, assessment => decide(assessment, cycle), assessment => assessment, cancellationToken);
    }
}
