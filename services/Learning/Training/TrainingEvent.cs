using System.Linq.Expressions;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Training;

public sealed record Attendance(Guid OrganisationId, int Attendees);

public sealed record Feedback(
    Guid FeedbackId,
    Guid? OrganisationId,
    [PersonalData(PersonalData.CaseText, "What the practitioner will change in their practice: free text, may touch on cases.")] string WhatWillChange,
    int Rating,
    DateTimeOffset GivenAt);

/// <summary>One event of the feedback and improvement programme, with its attendance and feedback; kept inline as its read model.</summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record TrainingEvent(
    Guid Id,
    TrainingKind Kind,
    [NotPersonal("The training's topic.")] string Topic,
    DateOnly Date,
    IReadOnlyList<Guid> LinkedFindings) : IVersioned
{
    public long Version { get; init; }

    /// <summary>An event is kept from its day, with its attendance and feedback: past the partnership's period it goes with its whole history.</summary>
    public static readonly IRetainedRecords Retained = new StreamRecords<TrainingEvent>(RecordKind.Training, HeldBefore, t => t.Id);

    public IReadOnlyList<Attendance> Attendance { get; init; } = [];

    public IReadOnlyList<Feedback> Feedback { get; init; } = [];

    public int TotalAttendees => Attendance.Sum(a => a.Attendees);

    public double? AverageRating => Feedback.Count == 0 ? null : Math.Round(Feedback.Average(f => f.Rating), 1);

    private static Expression<Func<TrainingEvent, bool>> HeldBefore(DateTimeOffset before)
    {
        var day = DateOnly.FromDateTime(before.UtcDateTime);
        return t => t.Date < day;
    }

    public static TrainingEvent Create(TrainingEventScheduled scheduled) => new(scheduled.EventId, scheduled.Kind, scheduled.Topic, scheduled.Date, scheduled.LinkedFindings);

    public TrainingEvent Apply(AttendanceRecorded recorded) =>
        this with { Attendance = [.. Attendance.Where(a => a.OrganisationId != recorded.OrganisationId), new Attendance(recorded.OrganisationId, recorded.Attendees)] };

    public TrainingEvent Apply(PractitionerFeedbackGiven given) =>
        this with { Feedback = [.. Feedback, new Feedback(given.FeedbackId, given.OrganisationId, given.WhatWillChange, given.Rating, given.At)] };
}

/// <summary>A training need and the event that answered it; kept inline as its read model.</summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record TrainingNeed(
    Guid Id,
    [NotPersonal("The training's topic.")] string Topic,
    [NotPersonal("Why the training is needed: a finding across cases, not one child.")] string Reason,
    Guid? SourceFindingId,
    DateTimeOffset RaisedAt) : IVersioned
{
    public long Version { get; init; }

    public Guid? AddressedBy { get; init; }

    public static TrainingNeed Create(TrainingNeedRaised raised) => new(raised.NeedId, raised.Topic, raised.Reason, raised.SourceFindingId, raised.At);

    public TrainingNeed Apply(TrainingNeedAddressed addressed) => this with { AddressedBy = addressed.EventId };
}
