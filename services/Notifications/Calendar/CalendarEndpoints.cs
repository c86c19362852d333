using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Calendar;

/// <summary>A feed as listed: whose deadlines it carries and whether it still works (its address is never shown again).</summary>
public sealed record CalendarFeedView(Guid Id, Guid? OrganisationId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static CalendarFeedView Of(CalendarFeed feed) => new(feed.Id, feed.OrganisationId, feed.CreatedBy, feed.CreatedAt, feed.RevokedAt);
}

/// <summary>A new feed and the address a calendar subscribes to, shown this once.</summary>
public sealed record CreatedCalendarFeed(Guid Id, Guid? OrganisationId, string Address);

/// <summary>
/// Deadlines in people's own calendars: a feed per partnership or organisation, reached by a secret address a calendar
/// client can subscribe to without signing in, revocable at any time.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>The most deadlines one feed carries: years of a partnership's work.</summary>
    public const int MaxDeadlines = 2000;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/calendar-feeds").WithTags("Calendar feeds").RequireAuthorization(Policies.ReadNotifications);
        group.MapGet("/", ListFeeds).Paged();
        group.MapPost("/", CreateFeed);
        group.MapDelete("/{id:guid}", RevokeFeed);
        // A calendar client cannot sign in: the secret in the address is the key, and it is checked before anything is read.
        app.MapGet("/calendar/{file}", ReadFeed).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The partnership's calendar feeds; an organisation's people see their own organisation's.</summary>
    public static async Task<Ok<IReadOnlyList<CalendarFeedView>>> ListFeeds(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var own = NotificationEndpoints.OwnOrganisation(user);
        var feeds = await session.Query<CalendarFeed>().Where(f => own == null || f.OrganisationId == own).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CalendarFeedView>>([.. feeds.Select(CalendarFeedView.Of)]);
    }

    /// <summary>Make a feed of the partnership's deadlines, or of one organisation's; its secret address is in the answer, once.</summary>
    public static async Task<Results<Created<CreatedCalendarFeed>, ValidationProblem, ProblemHttpResult>> CreateFeed(
        CreateCalendarFeed command, IDocumentSession session, ClaimsPrincipal user, IOptions<MailOptions> mail, TimeProvider clock, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        var feeds = await session.Query<CalendarFeed>().CountAsync(f => f.RevokedAt == null, cancellationToken);
        var (id, secret) = (Guid.CreateVersion7(), CalendarFeed.NewSecret());
        var decision = CalendarFeedDecisions.Create(command, NotificationEndpoints.OwnOrganisation(user) is null, user.OrganisationId(), directory, feeds, id, secret, user.ToActor(), clock.GetUtcNow());
        var answer = await StreamCommands.CarryOutAsync(
            decision,
            async events =>
            {
                session.Events.StartStream<CalendarFeed>(id, events);
                await session.SaveChangesAsync(cancellationToken);
            },
            () => Task.FromResult(new CreatedCalendarFeed(id, command.OrganisationId, mail.Value.LinkTo($"/calendar/{secret}.ics"))));
        return answer.Result switch
        {
            Ok<CreatedCalendarFeed> created => TypedResults.Created($"/api/notifications/calendar-feeds/{id}", created.Value),
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            var other => throw new InvalidOperationException($"Unexpected answer {other}."),
        };
    }

    /// <summary>Revoke a feed: its address stops working at once.</summary>
    public static async Task<Results<Ok<CalendarFeedView>, ValidationProblem, NotFound, ProblemHttpResult>> RevokeFeed(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await StreamCommands.ExecuteAsync<CalendarFeed, CalendarFeedView>(
            session, id, http, feed => CalendarFeedDecisions.Revoke(feed, NotificationEndpoints.OwnOrganisation(user) is null, user.OrganisationId(), user.ToActor(), clock.GetUtcNow()),
            CalendarFeedView.Of, cancellationToken);

    /// <summary>The feed's deadlines as iCalendar, for the secret address only; anything else is not found.</summary>
    public static async Task<IResult> ReadFeed(string file, IDocumentStore store, IOptions<MailOptions> mail, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!file.EndsWith(".ics", StringComparison.Ordinal) || file[..^4] is not { Length: 64 } secret || !secret.All(Uri.IsHexDigit))
        {
            return TypedResults.NotFound();
        }

        var hash = CalendarFeed.Hash(secret);
        await using var everyone = store.QuerySession();
        var feed = await everyone.Query<CalendarFeed>().Where(f => f.AnyTenant() && f.SecretHash == hash && f.RevokedAt == null).SingleOrDefaultAsync(cancellationToken);
        if (feed is null)
        {
            return TypedResults.NotFound();
        }

        await using var session = store.QuerySession(feed.TenantId!);
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-1);
        var invited = feed.OrganisationId is { } organisation
            ? await session.Query<CycleInvitation>().Where(i => i.OrganisationId == organisation).Select(i => i.CycleId).ToListAsync(cancellationToken)
            : [];
        var deadlines = (await session.Query<Deadline>().Where(d => !d.Done && d.Due >= since).OrderBy(d => d.Due).Take(MaxDeadlines * 4).ToListAsync(cancellationToken))
            .Where(d => feed.OrganisationId is not { } o || d.Organisations.Contains(o) || (d.Kind == DeadlineKind.SelfAssessment && invited.Contains(d.SourceId)))
            .Take(MaxDeadlines);
        var name = feed.OrganisationId is { } own && await session.LoadAsync<KnownOrganisation>(own, cancellationToken) is { } known
            ? $"{known.Name}: safeguarding partnership deadlines"
            : "Safeguarding partnership deadlines";
        return TypedResults.Text(ICalendarWriter.Write(name, deadlines, mail.Value.LinkTo, clock.GetUtcNow()), "text/calendar; charset=utf-8");
    }
}
