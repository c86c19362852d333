using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// What the organisation named in the path shares with the other partnerships it serves: <paramref name="SharedWith"/> receive what it
/// submits here; <paramref name="AskedBy"/> (shown to the organisation only) invited it and wait for its agreement.
/// </summary>
public sealed record SharingView(IReadOnlyList<string> SharedWith, IReadOnlyList<string> AskedBy, long Version);

/// <summary>
/// Consent for sharing: only the organisation's own users agree to share its submissions with a named partnership, or
/// withdraw. Agreeing shares what it already submitted here with that partnership's waiting returns.
/// </summary>
public static class SharingEndpoints
{
    public static IEndpointRouteBuilder MapSharingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/section11/organisations/{organisationId:guid}/sharing").WithTags("Sharing with other partnerships");
        group.MapGet("/", GetSharing).RequireAuthorization(Policies.ReadSection11);
        group.MapPost("/", AgreeToShare).RequireAuthorization(Policies.SubmitReturns);
        group.MapDelete("/{partnershipId}", WithdrawSharing).RequireAuthorization(Policies.SubmitReturns);
        return app;
    }

    /// <summary>The partnerships the organisation shares its submissions with, and (for the organisation) those that asked.</summary>
    public static async Task<Results<Ok<SharingView>, NotFound>> GetSharing(
        Guid organisationId, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AssessmentEndpoints.PartyOf(user, organisationId) is { } party
            ? TypedResults.Ok(await ViewAsync(session, user.PartnershipId(), organisationId, party, cancellationToken))
            : TypedResults.NotFound();

    /// <summary>The organisation agrees to share its submissions made here with one named partnership.</summary>
    public static async Task<Results<Ok<SharingView>, ValidationProblem, ProblemHttpResult>> AgreeToShare(
        Guid organisationId, ShareWithPartnership command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partnership = user.PartnershipId();
        var now = clock.GetUtcNow();
        return await DecideAsync(session, user, organisationId, agreement => SharingDecisions.Agree(agreement, partnership, organisationId, command, user.ToActor(), now), async agreed =>
        {
            var returns = await SharedSubmissions.FindAsync(session, [organisationId], cancellationToken);
            var consented = returns with { Agreements = [.. returns.Agreements, SharingAgreement.Create((SharingAgreed)agreed) with { TenantId = partnership }] };
            var own = returns.Returns.Where(r => r.PartnershipId == partnership);
            SharedSubmissions.Append(session, consented.SharesOf(own, returns.Returns.Where(r => r.PartnershipId == command.PartnershipId), user.ToActor(), now));
        }, cancellationToken);
    }

    /// <summary>The organisation stops sharing with a partnership; returns it already shared stay with that partnership.</summary>
    public static Task<Results<Ok<SharingView>, ValidationProblem, ProblemHttpResult>> WithdrawSharing(
        Guid organisationId, string partnershipId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(session, user, organisationId, agreement => SharingDecisions.Withdraw(agreement, partnershipId, user.ToActor(), clock.GetUtcNow()), _ => Task.CompletedTask, cancellationToken);

    private static async Task<Results<Ok<SharingView>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        IDocumentSession session, ClaimsPrincipal user, Guid organisationId, Func<SharingAgreement?, Decision> decide, Func<object, Task> alsoOnAccept,
        CancellationToken cancellationToken)
    {
        if (AssessmentEndpoints.PartyOf(user, organisationId) != ActionProposer.Organisation)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: "Only the organisation itself agrees to share its returns.");
        }

        var partnership = user.PartnershipId();
        var stream = await session.Events.FetchForWriting<SharingAgreement>(SharingAgreement.IdFor(partnership, organisationId), cancellationToken);
        return await StreamCommands.CarryOutAsync(
            decide(stream.Aggregate),
            async events =>
            {
                stream.AppendMany(events);
                foreach (var accepted in events)
                {
                    await alsoOnAccept(accepted);
                }

                await session.SaveChangesAsync(cancellationToken);
            },
            () => ViewAsync(session, partnership, organisationId, ActionProposer.Organisation, cancellationToken));
    }

    private static async Task<SharingView> ViewAsync(IQuerySession session, string partnership, Guid organisationId, ActionProposer party, CancellationToken cancellationToken)
    {
        var agreement = await session.LoadAsync<SharingAgreement>(SharingAgreement.IdFor(partnership, organisationId), cancellationToken);
        var sharedWith = agreement?.Partnerships ?? [];
        IReadOnlyList<string> askedBy = [];
        if (party == ActionProposer.Organisation)
        {
            var returns = await SharedSubmissions.FindAsync(session, [organisationId], cancellationToken);
            askedBy = [.. returns.Returns.Where(r => r.PartnershipId != partnership && !r.Assessment.IsSubmitted).Select(r => r.PartnershipId).Distinct().Except(sharedWith).Order()];
        }

        return new SharingView(sharedWith, askedBy, agreement?.Version ?? 0);
    }
}
