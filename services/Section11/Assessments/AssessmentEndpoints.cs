using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using AssessmentResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Section11.Assessments.Assessment>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// An organisation writes and reads only its own assessment; the coordinator reads every one, scrutinises, moderates and
/// tracks returns; a peer panel member reads and challenges submitted ones.
/// </summary>
public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<SelfAssessmentKind>())
        {
            MapAssessments(app.MapGroup(CycleEndpoints.PathOf(kind) + "/{cycleId:guid}/assessments/{organisationId:guid}").WithTags("Self-assessments").OnlyCyclesOf(kind));
        }

        return app;
    }

    private static void MapAssessments(RouteGroupBuilder group)
    {
        group.MapGet("/", GetAssessment).RequireAuthorization(Policies.ReadSection11).RecordsAccess("assessment");
        group.MapPut("/indicators/{indicator}", AnswerIndicator).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/indicators/{indicator}/confirm", ConfirmIndicator).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/sign-off", SignOff).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/submit", Submit).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/challenges", RaiseChallenge).RequireAuthorization(Policies.ScrutiniseSection11);
        group.MapPost("/challenges/{challengeId:guid}/answer", AnswerChallenge).RequireAuthorization(Policies.SubmitReturns);
        group.MapPost("/moderation", Moderate).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/feedback", IssueFeedback).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/actions", ProposeAction).RequireAuthorization(Policies.ReadSection11);
        group.MapDelete("/actions/{actionId:guid}", WithdrawAction).RequireAuthorization(Policies.ReadSection11);
        group.MapPost("/action-plan/agree", AgreeActionPlan).RequireAuthorization(Policies.RunSection11);
        group.MapPost("/actions/{actionId:guid}/follow-ups", FollowUp).RequireAuthorization(Policies.ReadSection11);
        group.MapPost("/non-return", ExplainNonReturn).RequireAuthorization(Policies.ReadSection11);
    }

    /// <summary>One organisation's self-assessment in a cycle: answers, evidence, sign-off, challenges, moderation and action plan. An agency reads its own.</summary>
    public static async Task<Results<Ok<Assessment>, NotFound>> GetAssessment(
        Guid cycleId, Guid organisationId, IQuerySession session, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        // Another organisation's assessment is simply not there for the caller.
        if (await ReadableAsync(session, user, cycleId, organisationId, cancellationToken) is not { } assessment)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(assessment.Version);
        return TypedResults.Ok(assessment);
    }

    /// <summary>The assessment, when the caller may read it: its own organisation, the coordinator, or a peer panel member once it is submitted.</summary>
    public static async Task<Assessment?> ReadableAsync(IQuerySession session, ClaimsPrincipal user, Guid cycleId, Guid organisationId, CancellationToken cancellationToken)
    {
        var assessment = await session.LoadAsync<Assessment>(Assessment.IdFor(cycleId, organisationId), cancellationToken);
        return assessment is not null && (PartyOf(user, organisationId) is not null || (user.IsInRole(Roles.PanelMember) && assessment.IsSubmitted)) ? assessment : null;
    }

    /// <summary>Score one indicator with a narrative; the organisation answers its own.</summary>
    public static Task<AssessmentResult> AnswerIndicator(
        Guid cycleId, Guid organisationId, string indicator, AnswerIndicator command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OrganisationOnly, (assessment, cycle, by) => AssessmentDecisions.Answer(assessment, cycle, indicator, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Confirm last year's answer to one indicator still holds.</summary>
    public static Task<AssessmentResult> ConfirmIndicator(
        Guid cycleId, Guid organisationId, string indicator, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OrganisationOnly, (assessment, _, by) => AssessmentDecisions.Confirm(assessment, indicator, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Sign off the self-assessment by the organisation's named senior lead.</summary>
    public static Task<AssessmentResult> SignOff(
        Guid cycleId, Guid organisationId, SignOffAssessment command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OrganisationOnly, (assessment, cycle, by) => AssessmentDecisions.SignOff(assessment, cycle, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Submitting also shares the return, in one transaction, with every partnership the organisation agreed to share with whose cycle this year invited it.</summary>
    public static async Task<AssessmentResult> Submit(
        Guid cycleId, Guid organisationId, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var returns = await SharedSubmissions.FindAsync(session, [organisationId], cancellationToken);
        var now = clock.GetUtcNow();
        return await Change(session, cycleId, organisationId, http, OrganisationOnly, (assessment, cycle, by) =>
        {
            var decision = AssessmentDecisions.Submit(assessment, cycle, by, now);
            if (decision is Decision.Accepted { Events: [AssessmentSubmitted submitted] })
            {
                var source = new PartnershipReturn(http.User.PartnershipId(), assessment.Apply(submitted), cycle);
                SharedSubmissions.Append(session, returns.SharesOf([source], returns.Returns, by, now));
            }

            return decision;
        }, cancellationToken);
    }

    /// <summary>Raise a challenge on an indicator of a submitted self-assessment.</summary>
    public static Task<AssessmentResult> RaiseChallenge(
        Guid cycleId, Guid organisationId, RaiseChallenge command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, AnyCaller, (assessment, cycle, by) => AssessmentDecisions.RaiseChallenge(assessment, cycle, command, Guid.CreateVersion7(), by, clock.GetUtcNow()), cancellationToken);

    /// <summary>The organisation answers a challenge raised on its self-assessment.</summary>
    public static Task<AssessmentResult> AnswerChallenge(
        Guid cycleId, Guid organisationId, Guid challengeId, AnswerChallenge command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, OrganisationOnly, (assessment, _, by) => AssessmentDecisions.AnswerChallenge(assessment, challengeId, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Moderate one indicator: the partnership's score and rationale beside the self-score.</summary>
    public static Task<AssessmentResult> Moderate(
        Guid cycleId, Guid organisationId, ModerateIndicator command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, AnyCaller, (assessment, cycle, by) => AssessmentDecisions.Moderate(assessment, cycle, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Issue the partnership's feedback on the self-assessment.</summary>
    public static Task<AssessmentResult> IssueFeedback(
        Guid cycleId, Guid organisationId, IssueFeedback command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, AnyCaller, (assessment, _, by) => AssessmentDecisions.IssueFeedback(assessment, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Propose an action for the organisation's action plan.</summary>
    public static Task<AssessmentResult> ProposeAction(
        Guid cycleId, Guid organisationId, ProposeAction command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, EitherParty, (assessment, cycle, by) =>
            AssessmentDecisions.ProposeAction(assessment, cycle, command, PartyOf(http.User, organisationId)!.Value, Guid.CreateVersion7(), by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Withdraw a proposed action from the action plan.</summary>
    public static Task<AssessmentResult> WithdrawAction(
        Guid cycleId, Guid organisationId, Guid actionId, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, EitherParty, (assessment, _, by) =>
            AssessmentDecisions.WithdrawAction(assessment, actionId, PartyOf(http.User, organisationId)!.Value, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Agree the action plan: its actions enter the improvement register.</summary>
    public static Task<AssessmentResult> AgreeActionPlan(
        Guid cycleId, Guid organisationId, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, AnyCaller, (assessment, _, by) => AssessmentDecisions.AgreeActionPlan(assessment, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Record a follow-up on an agreed action.</summary>
    public static Task<AssessmentResult> FollowUp(
        Guid cycleId, Guid organisationId, Guid actionId, FollowUpAction command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, EitherParty, (assessment, _, by) => AssessmentDecisions.FollowUp(assessment, actionId, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Record why an invited organisation did not return its self-assessment.</summary>
    public static Task<AssessmentResult> ExplainNonReturn(
        Guid cycleId, Guid organisationId, ExplainNonReturn command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Change(session, cycleId, organisationId, http, EitherParty, (assessment, cycle, by) => ReturnTracking.ExplainNonReturn(assessment, cycle, command, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Which side of the return the caller speaks for: the organisation itself, or the partnership's coordinator.</summary>
    public static ActionProposer? PartyOf(ClaimsPrincipal user, Guid organisationId) =>
        user.OrganisationId() == organisationId && !user.IsInRole(Roles.Coordinator) ? ActionProposer.Organisation
        : user.IsInRole(Roles.Coordinator) ? ActionProposer.Partnership
        : null;

    private static bool OrganisationOnly(ClaimsPrincipal user, Guid organisationId) => PartyOf(user, organisationId) == ActionProposer.Organisation;

    private static bool EitherParty(ClaimsPrincipal user, Guid organisationId) => PartyOf(user, organisationId) is not null;

    /// <summary>For endpoints whose policy alone says who may call them.</summary>
    private static bool AnyCaller(ClaimsPrincipal user, Guid organisationId) => true;

    /// <summary>A change only the organisation itself makes to its own assessment.</summary>
    public static Task<AssessmentResult> ChangeOwn(
        IDocumentSession session, Guid cycleId, Guid organisationId, HttpContext http, Func<Assessment, Section11Cycle, Contracts.Actor, Decision> decide,
        CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit = null) =>
        Change(session, cycleId, organisationId, http, OrganisationOnly, decide, cancellationToken, beforeCommit);

    private static async Task<AssessmentResult> Change(
        IDocumentSession session, Guid cycleId, Guid organisationId, HttpContext http, Func<ClaimsPrincipal, Guid, bool> mayWrite,
        Func<Assessment, Section11Cycle, Contracts.Actor, Decision> decide, CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit = null)
    {
        if (!mayWrite(http.User, organisationId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: "Only the organisation itself or the partnership's coordinator acts on this assessment.");
        }

        if (await session.LoadAsync<Section11Cycle>(cycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        var by = http.User.ToActor();
        return await StreamCommands.ExecuteAsync<Assessment, Assessment>(
            session,
            Assessment.IdFor(cycleId, organisationId),
            http,
            assessment => AssessmentDecisions.InOpenCycle(cycle, () => decide(assessment, cycle, by)),
            assessment => assessment,
            cancellationToken,
            beforeCommit);
    }
}
