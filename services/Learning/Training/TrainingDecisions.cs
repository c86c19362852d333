using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Briefings;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Training;

public sealed record ScheduleTrainingEvent(
    [Required] TrainingKind? Kind,
    [Required, StringLength(200)] string? Topic,
    [Required] DateOnly? Date,
    [MaxLength(TrainingDecisions.MaxLinkedFindings)] IReadOnlyList<Guid>? LinkedFindings);

public sealed record RecordAttendance([Required] Guid? OrganisationId, [Required, Range(0, TrainingDecisions.MaxAttendees)] int? Attendees);

public sealed record GiveFeedback([Required, StringLength(2000)] string? WhatWillChange, [Required, Range(1, 5)] int? Rating);

/// <summary>Raised from a finding, the need takes the finding's theme and text unless the Training Manager words them.</summary>
public sealed record RaiseTrainingNeed([StringLength(200)] string? Topic, [StringLength(2000)] string? Reason, Guid? SourceFindingId);

public sealed record AddressTrainingNeed([Required] Guid? EventId);

/// <summary>The feedback and improvement programme, run with the Training Manager (DOMAIN.md, section 6).</summary>
public static class TrainingDecisions
{
    public const int MaxAttendees = 1000;
    public const int MaxLinkedFindings = 50;

    public static Decision Schedule(ScheduleTrainingEvent c, IReadOnlySet<Guid> knownFindings, Guid eventId, Actor by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var findings = c.LinkedFindings ?? [];
        var errors = new ValidationErrors().Check(c)
            .When(c.Date < today.AddYears(-1) || c.Date > today.AddYears(2), "date", "date is within a year back and two years ahead.");
        for (var i = 0; i < findings.Count; i++)
        {
            errors.When(!knownFindings.Contains(findings[i]), $"linkedFindings[{i}]", "Not a finding of an audit of this partnership.");
        }

        return Decision.From(errors, () => Decision.Accept(new TrainingEventScheduled(eventId, c.Kind!.Value, c.Topic!.Trim(), c.Date!.Value, [.. findings.Distinct()], by, now)));
    }

    public static Decision RecordAttendance(TrainingEvent training, RecordAttendance c, IReadOnlySet<Guid> directory, Actor by, DateTimeOffset now) =>
        Decision.From(
            new ValidationErrors().Check(c)
                .When(c.OrganisationId is { } organisation && !directory.Contains(organisation), "organisationId", "organisationId is an organisation in the partnership directory."),
            () => DateOnly.FromDateTime(now.UtcDateTime) < training.Date
                ? Decision.Refuse("Attendance is recorded once the event has taken place.")
                : Decision.Accept(new AttendanceRecorded(
                    training.Id, c.OrganisationId!.Value, c.Attendees!.Value, by, now, training.Kind, training.Topic, training.Date)));

    /// <summary>Practitioners give feedback after the event, never before it; a rating is 1 to 5.</summary>
    public static Decision GiveFeedback(TrainingEvent training, GiveFeedback c, Guid? organisationId, Guid feedbackId, Actor by, DateTimeOffset now) =>
        Decision.From(
            new ValidationErrors().Check(c),
            () => DateOnly.FromDateTime(now.UtcDateTime) < training.Date
                ? Decision.Refuse("Feedback is given after the event.")
                : Decision.Accept(new PractitionerFeedbackGiven(training.Id, feedbackId, training.Kind, training.Topic, organisationId, c.WhatWillChange!.Trim(), c.Rating!.Value, by, now)));

    /// <summary>A need raised from a finding takes its topic and reason from the finding unless the Training Manager words them.</summary>
    public static Decision RaiseNeed(RaiseTrainingNeed c, AuditFindingCopy? finding, Guid needId, Actor by, DateTimeOffset now)
    {
        var topic = c.Topic ?? finding?.Theme;
        var reason = c.Reason ?? finding?.Text;
        return Decision.From(
            new ValidationErrors().Check(c)
                .When(c.SourceFindingId is not null && finding is null, "sourceFindingId", "Not a finding of an audit of this partnership.")
                .When(string.IsNullOrWhiteSpace(topic), "topic", "topic is required, unless the need is raised from a finding.")
                .When(string.IsNullOrWhiteSpace(reason), "reason", "reason is required, unless the need is raised from a finding."),
            () => Decision.Accept(new TrainingNeedRaised(needId, topic!.Trim(), reason!.Trim(), c.SourceFindingId, by, now)));
    }

    public static Decision Address(TrainingNeed need, AddressTrainingNeed c, bool eventExists, Actor by, DateTimeOffset now) =>
        need.AddressedBy is not null ? Decision.Refuse("The need is already addressed.")
        : Decision.From(
            new ValidationErrors().Check(c).When(c.EventId is not null && !eventExists, "eventId", "eventId is a training event on the programme."),
            () => Decision.Accept(new TrainingNeedAddressed(need.Id, c.EventId!.Value, by, now)));
}
