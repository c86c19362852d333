namespace Safeguarding.Web.Training;

// What the training pages read from the Learning API: only the fields they show.

public sealed record ProgrammeLineDto(Guid EventId, string Kind, string Topic, DateOnly Date, int Attendees, int FeedbackCount, double? AverageRating);

public sealed record TrainingNeedDto(Guid Id, string Topic, string Reason, DateTimeOffset RaisedAt);

public sealed record TrainingProgrammeDto(IReadOnlyList<ProgrammeLineDto> Events, IReadOnlyList<TrainingNeedDto> OpenNeeds);

public sealed record AttendanceDto(Guid OrganisationId, int Attendees);

public sealed record FeedbackDto(Guid FeedbackId, Guid? OrganisationId, string WhatWillChange, int Rating, DateTimeOffset GivenAt);

public sealed record TrainingEventDto(Guid Id, string Kind, string Topic, DateOnly Date, IReadOnlyList<AttendanceDto> Attendance, IReadOnlyList<FeedbackDto> Feedback, int TotalAttendees, double? AverageRating);
