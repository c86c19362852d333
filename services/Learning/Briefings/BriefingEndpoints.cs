using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using BriefingResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Learning.Briefings.Briefing>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Learning.Briefings;

/// <summary>Authors (coordinator, training manager) draft, edit and publish; every organisation's staff read what is published.</summary>
public static class BriefingEndpoints
{
    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/briefings").WithTags("Learning briefings");
        group.MapGet("/audits/{auditId:guid}", GetAuditLearning).RequireAuthorization(Policies.WriteBriefings);
        group.MapPost("/from-audit/{auditId:guid}", DraftFromAudit).RequireAuthorization(Policies.WriteBriefings);
        group.MapPost("/from-review/{reviewId:guid}", DraftFromReview).RequireAuthorization(Policies.WriteBriefings);
        group.MapPut("/{id:guid}", Revise).RequireAuthorization(Policies.WriteBriefings);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.WriteBriefings);
        group.MapGet("/", ListBriefings).RequireAuthorization(Policies.ReadActions).Paged();
        group.MapGet("/{id:guid}", GetBriefing).RequireAuthorization(Policies.ReadActions);
        return app;
    }

    private static bool IsAuthor(ClaimsPrincipal user) => Policies.RolesAllowedBy(Policies.WriteBriefings).Any(user.IsInRole);

    /// <summary>What a briefing drafted from this audit would start from.</summary>
    public static async Task<Results<Ok<AuditLearning>, NotFound>> GetAuditLearning(Guid auditId, IQuerySession session, CancellationToken cancellationToken) =>
        await AuditLearning.LoadAsync(session, auditId, cancellationToken) is { } audit ? TypedResults.Ok(audit) : TypedResults.NotFound();

    /// <summary>Draft a 7-minute briefing from a closed audit's findings, report and actions.</summary>
    public static async Task<Results<Created<Briefing>, NotFound>> DraftFromAudit(
        Guid auditId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await AuditLearning.LoadAsync(session, auditId, cancellationToken) is not { } audit)
        {
            return TypedResults.NotFound();
        }

        var actions = await session.Query<ImprovementAction>().Where(a => a.Source.Kind == ActionSourceKind.Audit && a.Source.Reference == auditId).ToListAsync(cancellationToken);
        return await StartAsync(session, BriefingDecisions.FromAudit(audit, actions, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow()), response, cancellationToken);
    }

    /// <summary>Draft a 7-minute briefing from a review's findings and recommendations.</summary>
    public static async Task<Results<Created<Briefing>, NotFound>> DraftFromReview(
        Guid reviewId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        await session.LoadAsync<Review>(reviewId, cancellationToken) is { } review
            ? await StartAsync(session, BriefingDecisions.FromReview(review, Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow()), response, cancellationToken)
            : TypedResults.NotFound();

    private static async Task<Results<Created<Briefing>, NotFound>> StartAsync(IDocumentSession session, BriefingDrafted drafted, HttpResponse response, CancellationToken cancellationToken) =>
        await StreamCommands.StartAsync<Briefing>(session, drafted.BriefingId, drafted, $"/api/briefings/{drafted.BriefingId}", response, cancellationToken);

    /// <summary>Revise a draft briefing's title and sections.</summary>
    public static Task<BriefingResult> Revise(
        Guid id, ReviseBriefing command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Briefing, Briefing>(session, id, http, b => BriefingDecisions.Revise(b, command, user.ToActor(), clock.GetUtcNow()), b => b, cancellationToken);

    /// <summary>Publish a briefing to the partnership.</summary>
    public static Task<BriefingResult> Publish(Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<Briefing, Briefing>(session, id, http, b => BriefingDecisions.Publish(b, user.ToActor(), clock.GetUtcNow()), b => b, cancellationToken);

    /// <summary>Authors see drafts too; everyone else sees what is published.</summary>
    public static async Task<Ok<IReadOnlyList<Briefing>>> ListBriefings(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var author = IsAuthor(user);
        return TypedResults.Ok<IReadOnlyList<Briefing>>(await session.Query<Briefing>()
            .Where(b => author || b.PublishedAt != null)
            .OrderByDescending(b => b.DraftedAt)
            .ToListAsync(cancellationToken));
    }

    /// <summary>One briefing: its sections, its source and whether it is published.</summary>
    public static async Task<Results<Ok<Briefing>, NotFound>> GetBriefing(Guid id, IQuerySession session, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Briefing>(id, cancellationToken) is not { } briefing || (!briefing.IsPublished && !IsAuthor(user)))
        {
            return TypedResults.NotFound();
        }

        response.SetETag(briefing.Version);
        return TypedResults.Ok(briefing);
    }
}
