using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Templates;

/// <summary>
/// The words each kind of message starts with, and the placeholders it may use. A message names the record and links to
/// it through the front door: never a case key, a child's details or a narrative.
/// </summary>
public static class BuiltInTemplates
{
    public static readonly IReadOnlyDictionary<NotificationKind, IReadOnlyList<string>> Placeholders = new Dictionary<NotificationKind, IReadOnlyList<string>>
    {
        [NotificationKind.ReturnRequested] = ["contact", "organisation", "theme", "cases", "due", "link"],
        [NotificationKind.ImmediateConcern] = ["contact", "organisation", "raised", "link"],
    };

    public static MessageTemplate For(NotificationKind kind) => kind switch
    {
        NotificationKind.ReturnRequested => new(
            "Audit returns requested: {{theme}}, due {{due}}",
            """
            Dear {{contact}},

            {{organisation}} is asked for audit returns on {{cases}} case(s) in the partnership's multi-agency audit of {{theme}}.

            Please complete them by {{due}}: {{link}}

            This message was sent by the safeguarding partnership's quality assurance platform.
            """,
            Page("Audit returns requested", """
                <p>Dear {{contact}},</p>
                <p>{{organisation}} is asked for audit returns on {{cases}} case(s) in the partnership's multi-agency audit of {{theme}}.</p>
                <p>Please complete them by <strong>{{due}}</strong>.</p>
                <p><a href="{{link}}">Open your audit returns</a></p>
                """)),
        NotificationKind.ImmediateConcern => new(
            "URGENT: an immediate safeguarding concern for {{organisation}} to act on",
            """
            Dear {{contact}},

            A multi-agency case audit raised an immediate safeguarding concern on {{raised}} about a child {{organisation}} works with. Your agency must act on it now and acknowledge it.

            The details are on the platform, not in this e-mail: {{link}}

            This message was sent by the safeguarding partnership's quality assurance platform.
            """,
            Page("Immediate safeguarding concern", """
                <p>Dear {{contact}},</p>
                <p>A multi-agency case audit raised an <strong>immediate safeguarding concern</strong> on {{raised}} about a child {{organisation}} works with. Your agency must act on it now and acknowledge it.</p>
                <p>The details are on the platform, not in this e-mail.</p>
                <p><a href="{{link}}">Open the audit to act on the concern</a></p>
                """)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template for this kind."),
    };

    /// <summary>A plain, accessible page: a language, a title, one heading, and the words.</summary>
    private static string Page(string heading, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{heading}</title></head>
        <body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4; color: #0b0c0c;">
        <h1 style="font-size: 24px;">{heading}</h1>
        {body}
        <p style="color: #505a5f;">This message was sent by the safeguarding partnership's quality assurance platform.</p>
        </body>
        </html>
        """;
}
