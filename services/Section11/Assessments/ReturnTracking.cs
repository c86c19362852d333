using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public enum ReturnState
{
    NotStarted,
    InProgress,
    Submitted,
    Overdue,
}

/// <summary>Where one invited organisation's return stands: what the coordinator chases.</summary>
public sealed record ReturnStatus(
    Guid OrganisationId, ReturnState State, int Answered, int Indicators, DateTimeOffset? SubmittedAt, int Reminders, DateTimeOffset? LastRemindedAt, string? NonReturnReason);

public sealed record SendReminders([MaxLength(CycleDecisions.MaxInvitations)] IReadOnlyList<Guid>? OrganisationIds);

public sealed record ExplainNonReturn([Required, StringLength(2000)] string? Reason);

/// <summary>Return rates are the known problem (DOMAIN.md, section 3): who has not returned, reminders, and the reasons of those who did not.</summary>
public static class ReturnTracking
{
    /// <summary>The service reminds an organisation once when the deadline is this near, and once when it has passed.</summary>
    public const int DueSoonDays = 14;

    public static IReadOnlyList<ReturnStatus> For(Section11Cycle cycle, IReadOnlyList<Assessment> assessments, DateOnly today)
    {
        var indicators = cycle.Framework.Indicators.Count();
        return
        [
            .. cycle.Invited.Select(organisation => assessments.FirstOrDefault(a => a.OrganisationId == organisation) is { } a
                ? new ReturnStatus(organisation, StateOf(a, cycle, today), a.Answers.Count, indicators, a.SubmittedAt, a.Reminders.Count, a.Reminders.Count > 0 ? a.Reminders[^1].SentAt : null, a.NonReturn?.Reason)
                : new ReturnStatus(organisation, today > cycle.Deadline ? ReturnState.Overdue : ReturnState.NotStarted, 0, indicators, null, 0, null, null)),
        ];
    }

    private static ReturnState StateOf(Assessment assessment, Section11Cycle cycle, DateOnly today) => assessment switch
    {
        { IsSubmitted: true } => ReturnState.Submitted,
        _ when today > cycle.Deadline => ReturnState.Overdue,
        { Answers.Count: 0 } => ReturnState.NotStarted,
        _ => ReturnState.InProgress,
    };

    /// <summary>The coordinator reminds the named organisations, or every one whose return is outstanding.</summary>
    public static Decision Remind(Section11Cycle cycle, IReadOnlyList<Assessment> assessments, SendReminders c, Actor by, DateTimeOffset now)
    {
        if (cycle.Stage == CycleStage.Closed)
        {
            return Decision.Refuse("The cycle is closed.");
        }

        var outstanding = assessments.Where(a => !a.IsSubmitted).ToList();
        var named = c.OrganisationIds ?? [.. outstanding.Select(a => a.OrganisationId)];
        var errors = new ValidationErrors().Check(c).When(named.Count == 0, "organisationIds", "No return is outstanding.");
        for (var i = 0; i < named.Count; i++)
        {
            errors.When(outstanding.All(a => a.OrganisationId != named[i]), $"organisationIds[{i}]", "Not an invited organisation with an outstanding return.");
        }

        return Decision.From(errors, () => Decision.Accept([.. named.Distinct().Select(o => Reminder(cycle, outstanding.Single(a => a.OrganisationId == o), by, now))]));
    }

    public static DateOnly DueFrom(Section11Cycle cycle) => cycle.Deadline.AddDays(-DueSoonDays);

    /// <summary>What the service's own daily check sends: once when the deadline is near, once when it has passed.</summary>
    public static IReadOnlyList<ReturnReminderSent> Due(Section11Cycle cycle, Assessment assessment, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var dueSoonFrom = DueFrom(cycle);
        var remindedSince = assessment.Reminders.Where(r => DateOnly.FromDateTime(r.SentAt.UtcDateTime) >= dueSoonFrom).ToList();
        return cycle.Stage == CycleStage.Closed || assessment.IsSubmitted || today < dueSoonFrom
            ? []
            : today > cycle.Deadline
                ? remindedSince.Any(r => r.Overdue) ? [] : [Reminder(cycle, assessment, Actor.System, now)]
                : remindedSince.Count > 0 ? [] : [Reminder(cycle, assessment, Actor.System, now)];
    }

    public static Decision ExplainNonReturn(Assessment assessment, Section11Cycle cycle, ExplainNonReturn c, Actor by, DateTimeOffset now) =>
        assessment.IsSubmitted
            ? Decision.Refuse("The return is submitted.")
            : DateOnly.FromDateTime(now.UtcDateTime) <= cycle.Deadline
                ? Decision.Refuse($"The return is not due until {cycle.Deadline:yyyy-MM-dd}.")
                : Decision.From(new ValidationErrors().Check(c), () => Decision.Accept(new NonReturnExplained(assessment.Id, c.Reason!.Trim(), by, now)));

    private static ReturnReminderSent Reminder(Section11Cycle cycle, Assessment assessment, Actor by, DateTimeOffset now) =>
        new(assessment.Id, cycle.Id, cycle.Framework.Kind, cycle.Year, assessment.OrganisationId, cycle.Deadline, DateOnly.FromDateTime(now.UtcDateTime) > cycle.Deadline, by, now);
}
