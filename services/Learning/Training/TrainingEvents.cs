using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Training;

/// <summary>A training event or audit workshop on the feedback and improvement programme, linked to the audit findings it answers.</summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record TrainingEventScheduled(
    Guid EventId,
    TrainingKind Kind,
    [NotPersonal("The training's topic.")] string Topic,
    DateOnly Date,
    IReadOnlyList<Guid> LinkedFindings,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>
/// How many of an organisation's staff attended; recording again replaces the number. The event's kind, topic and date
/// say what the organisation's staff are asked for feedback on (empty only on attendance recorded before they were carried).
/// </summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record AttendanceRecorded(
    Guid EventId,
    Guid OrganisationId,
    int Attendees,
    Actor By,
    DateTimeOffset At,
    TrainingKind Kind = TrainingKind.Training,
    [NotPersonal("The training's topic.")] string Topic = "",
    DateOnly Date = default) : IDomainEvent;

/// <summary>A practitioner's feedback after the event: what will change in their practice, and a rating from 1 to 5.</summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record PractitionerFeedbackGiven(
    Guid EventId,
    Guid FeedbackId,
    TrainingKind Kind,
    [NotPersonal("The training's topic.")] string Topic,
    Guid? OrganisationId,
    [PersonalData(PersonalData.CaseText, "What the practitioner will change in their practice: free text, may touch on cases.")] string WhatWillChange,
    int Rating,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A training need, raised from an audit finding or by the Training Manager.</summary>
[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record TrainingNeedRaised(
    Guid NeedId,
    [NotPersonal("The training's topic.")] string Topic,
    [NotPersonal("Why the training is needed: a finding across cases, not one child.")] string Reason,
    Guid? SourceFindingId,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Training, Policies.RunTraining)]
public sealed record TrainingNeedAddressed(Guid NeedId, Guid EventId, Actor By, DateTimeOffset At) : IDomainEvent;
