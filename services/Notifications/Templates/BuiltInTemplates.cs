using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Templates;

/// <summary>
/// The words each kind of message starts with, and the placeholders it may use. A message names the record and links to
/// it through the front door: never a case key, a child's details or a narrative, so no placeholder offers one.
/// </summary>
public static class BuiltInTemplates
{
    public static readonly IReadOnlyDictionary<NotificationKind, IReadOnlyList<string>> Placeholders = new Dictionary<NotificationKind, IReadOnlyList<string>>
    {
        [NotificationKind.ReturnRequested] = ["contact", "organisation", "theme", "cases", "due", MessageTemplate.Link],
        [NotificationKind.ImmediateConcern] = ["contact", "organisation", "raised", MessageTemplate.Link],
        [NotificationKind.ConcernEscalated] = ["contact", "organisation", "raised", "target", MessageTemplate.Link],
        [NotificationKind.NoContact] = ["contact", "organisation", "role", "message", MessageTemplate.Link],
        [NotificationKind.ReturnsLate] = ["contact", "organisation", "theme", "outstanding", "due", MessageTemplate.Link],
        [NotificationKind.ReturnsEscalated] = ["contact", "organisation", "theme", "outstanding", "due", MessageTemplate.Link],
        [NotificationKind.SelfAssessmentInvited] = ["contact", "organisation", "assessment", "year", "due", MessageTemplate.Link],
        [NotificationKind.SelfAssessmentReminder] = ["contact", "organisation", "assessment", "year", "due", MessageTemplate.Link],
        [NotificationKind.SelfAssessmentOverdue] = ["contact", "organisation", "assessment", "year", "due", MessageTemplate.Link],
        [NotificationKind.SelfAssessmentChallenged] = ["contact", "organisation", "assessment", "year", "indicator", MessageTemplate.Link],
        [NotificationKind.SelfAssessmentFeedback] = ["contact", "organisation", "assessment", "year", MessageTemplate.Link],
        [NotificationKind.ActionOverdue] = ["contact", "organisation", "due", MessageTemplate.Link],
        [NotificationKind.ReviewDeadlineAtRisk] = ["contact", "step", "due", MessageTemplate.Link],
        [NotificationKind.ReviewDeadlineMissed] = ["contact", "step", "due", MessageTemplate.Link],
        [NotificationKind.TrainingFeedbackRequested] = ["contact", "organisation", "topic", "date", "attendees", MessageTemplate.Link],
        [NotificationKind.DailyDigest] = ["contact", "count", "day", MessageTemplate.MessageList, MessageTemplate.Link],
        [NotificationKind.AccountCreated] = ["contact", "expires", MessageTemplate.Link],
        [NotificationKind.PasswordReset] = ["contact", "expires", MessageTemplate.Link],
        [NotificationKind.RecordsPastRetention] = ["contact", "count", "records", MessageTemplate.Link],
    };

    /// <summary>What each placeholder shows in a preview: realistic, and about nobody.</summary>
    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["contact"] = "Alex Morgan",
        ["organisation"] = "Merseyside Police",
        ["theme"] = "Child exploitation",
        ["cases"] = "6",
        ["due"] = "Friday 12 March 2027",
        ["raised"] = "Monday 1 March 2027",
        ["target"] = "1 working day",
        ["role"] = "the audit contact",
        ["message"] = "Audit returns requested: Child exploitation, due Friday 12 March 2027",
        ["outstanding"] = "2",
        ["assessment"] = "Section 11",
        ["year"] = "2027",
        ["indicator"] = "5.2",
        ["count"] = "2",
        ["topic"] = "Exploitation: return home interviews",
        ["date"] = "Tuesday 2 March 2027",
        ["attendees"] = "12",
        ["day"] = "Monday 1 March 2027",
        ["expires"] = "Tuesday 2 March 2027 at 14:05",
        [MessageTemplate.MessageList] = "Audit returns requested: Child exploitation, due Friday 12 March 2027\nhttps://qa.partnership.example.org/returns\n\n"
            + "Section 11 self-assessment 2027: due Friday 31 March 2028\nhttps://qa.partnership.example.org/self-assessments",
        ["step"] = "send the Rapid Review to the national panel",
        ["records"] = "audit case material",
        [MessageTemplate.Link] = "https://qa.partnership.example.org/returns",
    };

    private const string Footer = "\n\nThis message was sent by the safeguarding partnership's quality assurance platform.";

    public static MessageTemplate For(NotificationKind kind) => kind switch
    {
        NotificationKind.ReturnRequested => new(
            "Audit returns requested: {{theme}}, due {{due}}",
            """
            Dear {{contact}},

            {{organisation}} is asked for audit returns on {{cases}} case(s) in the partnership's multi-agency audit of {{theme}}.

            Please complete them by {{due}}:
            {{link}}
            """ + Footer),
        NotificationKind.ImmediateConcern => new(
            "URGENT: an immediate safeguarding concern for {{organisation}} to act on",
            """
            Dear {{contact}},

            A multi-agency case audit raised an immediate safeguarding concern on {{raised}} about a child {{organisation}} works with. Your agency must act on it now and acknowledge it.

            The details are on the platform, not in this e-mail:
            {{link}}
            """ + Footer),
        NotificationKind.ConcernEscalated => new(
            "URGENT: an immediate concern for {{organisation}} is not acknowledged",
            """
            Dear {{contact}},

            An immediate safeguarding concern raised on {{raised}} for {{organisation}} to act on has not been acknowledged within the partnership's target of {{target}}. The agency's safeguarding lead was told when it was raised.

            Please follow it up with the agency now:
            {{link}}
            """ + Footer),
        NotificationKind.NoContact => new(
            "No contact for {{role}} at {{organisation}}: a message was not sent",
            """
            Dear {{contact}},

            The platform could not send this message because the directory names nobody as {{role}} at {{organisation}}:
            {{message}}

            Please add the contact in the directory and make sure the organisation knows:
            {{link}}
            """ + Footer),
        NotificationKind.ReturnsLate => new(
            "Audit returns overdue: {{theme}}, due {{due}}",
            """
            Dear {{contact}},

            {{organisation}}'s audit returns for the partnership's multi-agency audit of {{theme}} were due on {{due}}. {{outstanding}} return(s) are still to come.

            Please complete them now, or tell the partnership when they will be in:
            {{link}}
            """ + Footer),
        NotificationKind.ReturnsEscalated => new(
            "Audit returns still overdue from {{organisation}}: {{theme}}",
            """
            Dear {{contact}},

            {{organisation}}'s audit returns for the partnership's multi-agency audit of {{theme}} were due on {{due}}, and {{outstanding}} return(s) are still to come after a reminder to the agency's audit contact.

            As the agency's safeguarding lead, please make sure they are completed:
            {{link}}
            """ + Footer),
        NotificationKind.SelfAssessmentInvited => new(
            "{{assessment}} self-assessment {{year}}: due {{due}}",
            """
            Dear {{contact}},

            The safeguarding partnership invites {{organisation}} to complete its {{assessment}} self-assessment for {{year}}.

            Please score each standard, add your evidence and submit the return by {{due}}:
            {{link}}
            """ + Footer),
        NotificationKind.SelfAssessmentReminder => new(
            "Reminder: {{assessment}} self-assessment {{year}} due {{due}}",
            """
            Dear {{contact}},

            {{organisation}}'s {{assessment}} self-assessment for {{year}} is due on {{due}} and has not been submitted yet.

            Please complete and submit it:
            {{link}}
            """ + Footer),
        NotificationKind.SelfAssessmentOverdue => new(
            "Overdue: {{assessment}} self-assessment {{year}}, due {{due}}",
            """
            Dear {{contact}},

            {{organisation}}'s {{assessment}} self-assessment for {{year}} was due on {{due}} and has not been submitted.

            Please submit it now, or tell the partnership why it cannot be returned:
            {{link}}
            """ + Footer),
        NotificationKind.SelfAssessmentChallenged => new(
            "{{assessment}} self-assessment {{year}}: the partnership asks about indicator {{indicator}}",
            """
            Dear {{contact}},

            The partnership has a question about indicator {{indicator}} of {{organisation}}'s {{assessment}} self-assessment for {{year}}. Feedback on the return waits for your answer.

            Please read the question and answer it:
            {{link}}
            """ + Footer),
        NotificationKind.SelfAssessmentFeedback => new(
            "{{assessment}} self-assessment {{year}}: the partnership's feedback is ready",
            """
            Dear {{contact}},

            The partnership has issued its feedback on {{organisation}}'s {{assessment}} self-assessment for {{year}}, with any actions it proposes.

            Please read it and agree your action plan:
            {{link}}
            """ + Footer),
        NotificationKind.ActionOverdue => new(
            "An improvement action for {{organisation}} is overdue",
            """
            Dear {{contact}},

            An improvement action {{organisation}} owns in the partnership's register was due on {{due}} and is not complete.

            Please update its progress, or agree a new date with the partnership:
            {{link}}
            """ + Footer),
        NotificationKind.ReviewDeadlineAtRisk => new(
            "Review deadline at risk: {{step}} by {{due}}",
            """
            Dear {{contact}},

            A review's statutory deadline is close: {{step}} by {{due}}. The step has not been recorded yet.

            {{link}}
            """ + Footer),
        NotificationKind.ReviewDeadlineMissed => new(
            "Review deadline missed: {{step}} was due {{due}}",
            """
            Dear {{contact}},

            A review's statutory deadline has passed: {{step}} was due by {{due}}, and the step has not been recorded.

            Please record it, with the reason for the delay:
            {{link}}
            """ + Footer),
        NotificationKind.TrainingFeedbackRequested => new(
            "Feedback on {{topic}}: please share this link with your staff who attended",
            """
            Dear {{contact}},

            {{attendees}} of {{organisation}}'s staff attended the partnership's {{topic}} on {{date}}. Their feedback shows whether the learning changes practice.

            Please share this link with them, so each can say what will change in their practice and rate the session:
            {{link}}
            """ + Footer),
        NotificationKind.DailyDigest => new(
            "Your daily summary for {{day}}: {{count}} message(s)",
            """
            Dear {{contact}},

            You chose to have the platform's messages that can wait gathered into one e-mail a day. These are today's:

            {{messages}}

            Urgent messages still reach you at once. Every message you have been sent, and how you receive them:
            {{link}}
            """ + Footer),
        NotificationKind.AccountCreated => new(
            "Your account on the safeguarding partnership's quality assurance platform",
            """
            Dear {{contact}},

            The safeguarding partnership has given you an account on its quality assurance platform. Your user name is this e-mail address.

            Please choose your password with this link. It works once, until {{expires}}; do not pass it on:
            {{link}}

            If you did not expect this, tell the partnership's business unit and do not use the link.
            """ + Footer),
        NotificationKind.PasswordReset => new(
            "A new link to set your password",
            """
            Dear {{contact}},

            The safeguarding partnership has issued a new link to set your password on its quality assurance platform. Earlier links no longer work, and you are signed out everywhere.

            Please choose your new password with this link. It works once, until {{expires}}; do not pass it on:
            {{link}}

            If you did not ask for this, tell the partnership's business unit.
            """ + Footer),
        NotificationKind.RecordsPastRetention => new(
            "{{count}} record(s) of {{records}} past their retention period",
            """
            Dear {{contact}},

            {{count}} record(s) of {{records}} are kept longer than the partnership's retention period, some of them for the first time since you were last told.

            Nothing is erased until you confirm. Please check the list and erase what is due:
            {{link}}
            """ + Footer),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template for this kind."),
    };
}
