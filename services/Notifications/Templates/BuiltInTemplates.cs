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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template for this kind."),
    };
}
