using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Briefings;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Training;

public sealed record ScheduleTrainingEvent(TrainingKind? Kind, string? Topic, DateOnly? Date, IReadOnlyList<Guid>? LinkedFindings);

public sealed record RecordAttendance(Guid? OrganisationId, int? Attendees);

public sealed record GiveFeedback(string? WhatWillChange, int? Rating);

public sealed record RaiseTrainingNeed(string? Topic, string? Reason, Guid? SourceFindingId);

public sealed record AddressTrainingNeed(Guid? EventId);

/// <summary>The feedback and improvement programme, run with the Training Manager (DOMAIN.md, section 6).</summary>
public static class TrainingDecisions
{
    public const int MaxAttendees = 1000;

    public static Decision Schedule(ScheduleTrainingEvent c, IReadOnlySet<Guid> knownFindings, Guid eventId, Actor by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var findings = c.LinkedFindings ?? [];
        var errors = new ValidationErrors()
            .When(c.Kind is null, "kind", $"kind is one of {string.Join(", ", Enum.GetNames<TrainingKind>())}.")
            .RequireText(c.Topic, "topic", 200)
            .When(c.Date is null, "date", "date is required.")
            .When(c.Date < today.AddYears(-1) || c.Date > today.AddYears(2), "date", "date is within a year back and two years ahead.");
        for (var i = 0; i < findings.Count; i++)
        {
            errors.When(!knownFindings.Contains(findings[i]), $"linkedFindings[{i}]", "Not a finding of an audit of this partnership.");
        }

        return Decision.From(errors, () => Decision.Accept(new TrainingEventScheduled(eventId, c.Kind!.Value, c.Topic!.Trim(), c.Date!.Value, [.. findings.Distinct()], by, now)));
    }

    public static Decision RecordAttendance(TrainingEvent training, RecordAttendance c, IReadOnlySet<Guid> directory, Actor by, DateTimeOffset now) =>
        Decision.From(
            new ValidationErrors()
                .When(c.OrganisationId is not { } organisation || !directory.Contains(organisation), "organisationId", "organisationId is an organisation in the partnership directory.")
                .When(c.Attendees is null or < 0 or > MaxAttendees, "attendees", $"attendees is a number from 0 to {MaxAttendees}."),
            () => DateOnly.FromDateTime(now.UtcDateTime) < training.Date
                ? Decision.Refuse("Attendance is recorded once the event has taken place.")
                : Decision.Accept(new AttendanceRecorded(training.Id, c.OrganisationId!.Value, c.Attendees!.Value, by, now)));

    /// <summary>Practitioners give feedback after the event, never before it; a rating is 1 to 5.</summary>
    public static Decision GiveFeedback(TrainingEvent training, GiveFeedback c, Guid? organisationId, Guid feedbackId, Actor by, DateTimeOffset now) =>
        Decision.From(
            new ValidationErrors()
                .RequireText(c.WhatWillChange, "whatWillChange", 2000)
                .When(c.Rating is null or < 1 or > 5, "rating", "rating is a whole number from 1 to 5."),
            () => DateOnly.FromDateTime(now.UtcDateTime) < training.Date
                ? Decision.Refuse("Feedback is given after the event.")
                : Decision.Accept(new PractitionerFeedbackGiven(training.Id, feedbackId, training.Kind, training.Topic, organisationId, c.WhatWillChange!.Trim(), c.Rating!.Value, by, now)));

    /// <summary>A need raised from a finding takes its topic and reason from the finding unless the Training Manager words them.</summary>
    public static Decision RaiseNeed(RaiseTrainingNeed c, AuditFindingCopy? finding, Guid needId, Actor by, DateTimeOffset now)
    {
        var topic = c.Topic ?? finding?.Theme;
        var reason = c.Reason ?? finding?.Text;
        return Decision.From(
            new ValidationErrors()
                .When(c.SourceFindingId is not null && finding is null, "sourceFindingId", "Not a finding of an audit of this partnership.")
                .RequireText(topic, "topic", 200)
                .RequireText(reason, "reason", 2000),
            () => Decision.Accept(new TrainingNeedRaised(needId, topic!.Trim(), reason!.Trim(), c.SourceFindingId, by, now)));
    }

    public static Decision Address(TrainingNeed need, AddressTrainingNeed c, bool eventExists, Actor by, DateTimeOffset now) =>
        need.AddressedBy is not null ? Decision.Refuse("The need is already addressed.")
        : Decision.From(
            new ValidationErrors().When(c.EventId is null || !eventExists, "eventId", "eventId is a training event on the programme."),
            () => Decision.Accept(new TrainingNeedAddressed(need.Id, c.EventId!.Value, by, now)));
}
