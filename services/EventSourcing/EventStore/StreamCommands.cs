using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// The one way an endpoint changes an event stream: fetch it for writing, check If-Match, ask the pure decision,
/// append what it accepted, save (Marten re-checks the version), and answer with the new state and ETag.
/// </summary>
public static class StreamCommands
{
    public static async Task<Results<Ok<TView>, ValidationProblem, NotFound, ProblemHttpResult>> ExecuteAsync<TAggregate, TView>(
        IDocumentSession session,
        Guid streamId,
        HttpContext http,
        Func<TAggregate, Decision> decide,
        Func<TAggregate, TView> view,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeCommit = null)
        where TAggregate : class, IVersioned
    {
        if (!http.Request.TryGetExpectedVersion(out var expectedVersion))
        {
            return StreamVersions.InvalidIfMatch();
        }

        var stream = await session.Events.FetchForWriting<TAggregate>(streamId, cancellationToken);
        if (stream.Aggregate is not { } current)
        {
            return TypedResults.NotFound();
        }

        var currentVersion = stream.CurrentVersion ?? 0;
        if (expectedVersion is { } expected && expected != currentVersion)
        {
            return StreamVersions.PreconditionFailed(currentVersion);
        }

        switch (decide(current))
        {
            case Decision.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case Decision.NotAllowed notAllowed:
                return NotAllowed(notAllowed.Reason);
            case Decision.Forbidden forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: forbidden.Reason);
            case Decision.Accepted accepted:
                // What must exist before the events say it does (a file they name), done only once the step is accepted.
                await (beforeCommit?.Invoke(cancellationToken) ?? Task.CompletedTask);
                stream.AppendMany(accepted.Events);
                await session.SaveChangesAsync(cancellationToken);
                break;
        }

        var updated = await AfterCommit.ReadAsync(async token => await session.Events.FetchLatest<TAggregate>(streamId, token), cancellationToken)
            ?? throw new InvalidOperationException($"Stream {streamId} vanished after a write.");
        http.Response.SetETag(updated.Version);
        return TypedResults.Ok(view(updated));
    }

    /// <summary>
    /// For a record whose stream may not exist yet (its first accepted event starts it): <paramref name="apply"/>
    /// appends and saves what the decision accepted, then the answer is the record as <paramref name="view"/> reads it;
    /// a refusal is answered as <see cref="ExecuteAsync{TAggregate, TView}"/> answers it.
    /// </summary>
    public static async Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult>> CarryOutAsync<TView>(
        Decision decision, Func<IReadOnlyList<object>, Task> apply, Func<Task<TView>> view)
    {
        switch (decision)
        {
            case Decision.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case Decision.NotAllowed notAllowed:
                return NotAllowed(notAllowed.Reason);
            case Decision.Forbidden forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.", detail: forbidden.Reason);
            case Decision.Accepted accepted:
                await apply(accepted.Events);
                break;
        }

        return TypedResults.Ok(await AfterCommit.ReadAsync(_ => view(), CancellationToken.None));
    }

    /// <summary>
    /// Saves what a decision accepted on a record that may not exist yet: its first events start the stream, later ones
    /// follow the version <paramref name="current"/> was read at (a change in between is a conflict).
    /// </summary>
    public static async Task StartOrAppendAsync<TAggregate>(
        IDocumentSession session, Guid id, IVersioned? current, IReadOnlyList<object> events, CancellationToken cancellationToken)
        where TAggregate : class
    {
        if (events.Count == 0)
        {
            return;
        }

        if (current is null)
        {
            session.Events.StartStream<TAggregate>(id, events);
        }
        else
        {
            session.Events.Append(id, current.Version + events.Count, events);
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>409: the record's state does not allow the step; the reason says why.</summary>
    public static ProblemHttpResult NotAllowed(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not allowed now.", detail: reason);

    /// <summary>
    /// Starts a stream with its first event and answers 201 with the new record (as <paramref name="view"/> shows it)
    /// and its ETag. A stream id that exists already is a 409, through the problem handler.
    /// </summary>
    public static async Task<Created<TView>> StartAsync<TAggregate, TView>(
        IDocumentSession session,
        Guid streamId,
        object firstEvent,
        string location,
        Func<TAggregate, TView> view,
        HttpResponse response,
        CancellationToken cancellationToken)
        where TAggregate : class, IVersioned
    {
        session.Events.StartStream<TAggregate>(streamId, firstEvent);
        await session.SaveChangesAsync(cancellationToken);
        var created = await AfterCommit.ReadAsync(async token => await session.Events.FetchLatest<TAggregate>(streamId, token), cancellationToken)
            ?? throw new InvalidOperationException($"Stream {streamId} vanished after it was started.");
        response.SetETag(created.Version);
        return TypedResults.Created(location, view(created));
    }

    /// <summary>Starts a stream with the one event a decision accepted, or answers the decision's validation problem.</summary>
    public static async Task<Results<Created<TAggregate>, ValidationProblem>> StartAcceptedAsync<TAggregate>(
        IDocumentSession session, Guid streamId, Decision decision, string location, HttpResponse response, CancellationToken cancellationToken)
        where TAggregate : class, IVersioned =>
        decision switch
        {
            Decision.Accepted { Events: [var first] } => await StartAsync<TAggregate>(session, streamId, first, location, response, cancellationToken),
            Decision.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors.ToDictionary()),
            var other => throw new InvalidOperationException($"Starting stream {streamId} cannot end in {other}."),
        };

    public static Task<Created<TAggregate>> StartAsync<TAggregate>(
        IDocumentSession session, Guid streamId, object firstEvent, string location, HttpResponse response, CancellationToken cancellationToken)
        where TAggregate : class, IVersioned =>
        StartAsync<TAggregate, TAggregate>(session, streamId, firstEvent, location, aggregate => aggregate, response, cancellationToken);
}
