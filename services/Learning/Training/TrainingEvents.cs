using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Learning.Training;

/// <summary>A training event or audit workshop on the feedback and improvement programme, linked to the audit findings it answers.</summary>
public sealed record TrainingEventScheduled(
    Guid EventId, TrainingKind Kind, string Topic, DateOnly Date, IReadOnlyList<Guid> LinkedFindings, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// How many of an organisation's staff attended; recording again replaces the number. The event's kind, topic and date
/// say what the organisation's staff are asked for feedback on (empty only on attendance recorded before they were carried).
/// </summary>
public sealed record AttendanceRecorded(
    Guid EventId, Guid OrganisationId, int Attendees, Actor By, DateTimeOffset At,
    TrainingKind Kind = TrainingKind.Training, string Topic = "", DateOnly Date = default) : IDomainEvent;

/// <summary>A practitioner's feedback after the event: what will change in their practice, and a rating from 1 to 5.</summary>
public sealed record PractitionerFeedbackGiven(
    Guid EventId, Guid FeedbackId, TrainingKind Kind, string Topic, Guid? OrganisationId, string WhatWillChange, int Rating, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A training need, raised from an audit finding or by the Training Manager.</summary>
public sealed record TrainingNeedRaised(Guid NeedId, string Topic, string Reason, Guid? SourceFindingId, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record TrainingNeedAddressed(Guid NeedId, Guid EventId, Actor By, DateTimeOffset At) : IDomainEvent;
