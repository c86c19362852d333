using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.Learning.Briefings;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Training;

/// <summary>One line of the programme: what the Training Manager reads at a glance.</summary>
public sealed record ProgrammeLine(Guid EventId, TrainingKind Kind, string Topic, DateOnly Date, int Attendees, int FeedbackCount, double? AverageRating);

public sealed record TrainingProgramme(IReadOnlyList<ProgrammeLine> Events, IReadOnlyList<TrainingNeed> OpenNeeds);

/// <summary>The Training Manager runs the programme and reads its feedback; any practitioner gives feedback after an event.</summary>
public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training").WithTags("Feedback and improvement programme");
        group.MapGet("/programme", GetProgramme).RequireAuthorization(Policies.RunTraining);
        group.MapPost("/events", Schedule).RequireAuthorization(Policies.RunTraining);
        group.MapGet("/events/{id:guid}", GetEvent).RequireAuthorization(Policies.RunTraining);
        group.MapPost("/events/{id:guid}/attendance", RecordAttendance).RequireAuthorization(Policies.RunTraining);
        group.MapPost("/events/{id:guid}/feedback", GiveFeedback).RequireAuthorization(Policies.GiveFeedback);
        group.MapPost("/needs", RaiseNeed).RequireAuthorization(Policies.RunTraining);
        group.MapGet("/needs", ListNeeds).RequireAuthorization(Policies.RunTraining).Paged();
        group.MapPost("/needs/{id:guid}/addressed", AddressNeed).RequireAuthorization(Policies.RunTraining);
        return app;
    }

    /// <summary>The partnership's training programme: its events and the training needs still open.</summary>
    public static async Task<Ok<TrainingProgramme>> GetProgramme(IQuerySession session, CancellationToken cancellationToken)
    {
        var events = await session.Query<TrainingEvent>().OrderBy(e => e.Date).ToListAsync(cancellationToken);
        var needs = await session.Query<TrainingNeed>().Where(n => n.AddressedBy == null).OrderBy(n => n.RaisedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new TrainingProgramme(
            [.. events.Select(e => new ProgrammeLine(e.Id, e.Kind, e.Topic, e.Date, e.TotalAttendees, e.Feedback.Count, e.AverageRating))], needs));
    }

    /// <summary>Schedule a training event.</summary>
    public static async Task<Results<Created<TrainingEvent>, ValidationProblem>> Schedule(
        ScheduleTrainingEvent command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var linked = (command.LinkedFindings ?? []).ToArray();
        var known = (await session.Query<AuditFindingCopy>().Where(f => f.Id.IsOneOf(linked)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var id = Guid.CreateVersion7();
        return await StreamCommands.StartAcceptedAsync<TrainingEvent>(
            session, id, TrainingDecisions.Schedule(command, known, id, user.ToActor(), clock.GetUtcNow()), $"/api/training/events/{id}", response, cancellationToken);
    }

    /// <summary>One training event with its attendance.</summary>
    public static Task<Results<Ok<TrainingEvent>, NotFound>> GetEvent(Guid id, IQuerySession session, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedResults.LoadAsync<TrainingEvent>(session, id, response, cancellationToken);

    /// <summary>Record who attended a training event, by organisation.</summary>
    public static async Task<Results<Ok<TrainingEvent>, ValidationProblem, NotFound, ProblemHttpResult>> RecordAttendance(
        Guid id, RecordAttendance command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        return await StreamCommands.ExecuteAsync<TrainingEvent, TrainingEvent>(
            session, id, http, e => TrainingDecisions.RecordAttendance(e, command, directory, user.ToActor(), clock.GetUtcNow()), e => e, cancellationToken);
    }

    /// <summary>A practitioner sees the event as it stands after their feedback, without anyone else's comments.</summary>
    public static async Task<Results<Ok<ProgrammeLine>, ValidationProblem, NotFound, ProblemHttpResult>> GiveFeedback(
        Guid id, GiveFeedback command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await StreamCommands.ExecuteAsync<TrainingEvent, ProgrammeLine>(
            session, id, http, e => TrainingDecisions.GiveFeedback(e, command, user.OrganisationId(), Guid.CreateVersion7(), user.ToActor(), clock.GetUtcNow()),
            e => new ProgrammeLine(e.Id, e.Kind, e.Topic, e.Date, e.TotalAttendees, e.Feedback.Count, e.AverageRating), cancellationToken);

    /// <summary>Raise a training need, optionally from an audit finding.</summary>
    public static async Task<Results<Created<TrainingNeed>, ValidationProblem>> RaiseNeed(
        RaiseTrainingNeed command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var finding = command.SourceFindingId is { } findingId ? await session.LoadAsync<AuditFindingCopy>(findingId, cancellationToken) : null;
        var id = Guid.CreateVersion7();
        return await StreamCommands.StartAcceptedAsync<TrainingNeed>(
            session, id, TrainingDecisions.RaiseNeed(command, finding, id, user.ToActor(), clock.GetUtcNow()), $"/api/training/needs/{id}", response, cancellationToken);
    }

    /// <summary>The partnership's training needs and whether each is addressed.</summary>
    public static async Task<Ok<IReadOnlyList<TrainingNeed>>> ListNeeds(IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TrainingNeed>>(await session.Query<TrainingNeed>().OrderBy(n => n.RaisedAt).ToListAsync(cancellationToken));

    /// <summary>Mark a training need addressed, by a training event.</summary>
    public static async Task<Results<Ok<TrainingNeed>, ValidationProblem, NotFound, ProblemHttpResult>> AddressNeed(
        Guid id, AddressTrainingNeed command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var eventExists = command.EventId is { } eventId && await session.Query<TrainingEvent>().AnyAsync(e => e.Id == eventId, cancellationToken);
        return await StreamCommands.ExecuteAsync<TrainingNeed, TrainingNeed>(
            session, id, http, n => TrainingDecisions.Address(n, command, eventExists, user.ToActor(), clock.GetUtcNow()), n => n, cancellationToken);
    }
}
