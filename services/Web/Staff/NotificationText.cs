using Safeguarding.Web.Api;

namespace Safeguarding.Web.Staff;

/// <summary>How the Notifications service's words read on the pages.</summary>
public static class NotificationText
{
    public static string Of(NotificationKindDto kind) => kind switch
    {
        NotificationKindDto.ReturnRequested => "Audit returns requested",
        NotificationKindDto.ImmediateConcern => "Immediate concern",
        NotificationKindDto.ConcernEscalated => "Immediate concern not acknowledged",
        NotificationKindDto.NoContact => "No contact to send to",
        NotificationKindDto.ReturnsLate => "Audit returns overdue",
        NotificationKindDto.ReturnsEscalated => "Audit returns overdue, to the safeguarding lead",
        NotificationKindDto.SelfAssessmentInvited => "Self-assessment invitation",
        NotificationKindDto.SelfAssessmentReminder => "Self-assessment reminder",
        NotificationKindDto.SelfAssessmentOverdue => "Self-assessment overdue",
        NotificationKindDto.SelfAssessmentChallenged => "Self-assessment challenge",
        NotificationKindDto.SelfAssessmentFeedback => "Self-assessment feedback",
        NotificationKindDto.ActionOverdue => "Improvement action overdue",
        NotificationKindDto.ReviewDeadlineAtRisk => "Review deadline at risk",
        NotificationKindDto.ReviewDeadlineMissed => "Review deadline missed",
        NotificationKindDto.TrainingFeedbackRequested => "Training feedback link",
        NotificationKindDto.DailyDigest => "Daily digest",
        NotificationKindDto.RecordsPastRetention => "Records past their retention period",
        _ => NewerNames.NameOf(kind),
    };

    public static string Of(NotificationStatusDto status) => status switch
    {
        NotificationStatusDto.Queued => "Waiting to send",
        NotificationStatusDto.Sent => "Sent",
        NotificationStatusDto.Failed => "Refused by the mail server",
        NotificationStatusDto.NoRecipient => "No contact",
        NotificationStatusDto.HeldForDigest => "Waiting for the daily digest",
        NotificationStatusDto.InDigest => "Sent in a daily digest",
        _ => NewerNames.NameOf(status),
    };

    public static string TagClass(NotificationStatusDto status) => status switch
    {
        NotificationStatusDto.Sent or NotificationStatusDto.InDigest => "govuk-tag govuk-tag--green",
        NotificationStatusDto.Queued or NotificationStatusDto.HeldForDigest => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--red",
    };

    /// <summary>The name a kind has in an address (/notifications/templates/ReturnRequested), as the API names it.</summary>
    public static string Slug(NotificationKindDto kind) => NewerNames.NameOf(kind);

    /// <summary>A time the GOV.UK way, in UK time: "1 March 2027, 9:05am".</summary>
    public static string Written(DateTimeOffset at)
    {
        var uk = TimeZoneInfo.ConvertTime(at, Dates.UkTime);
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        return $"{Dates.Written(DateOnly.FromDateTime(uk.DateTime))}, {hour}:{uk.Minute:D2}{(uk.Hour < 12 ? "am" : "pm")}";
    }
}
