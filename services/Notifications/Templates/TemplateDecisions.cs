using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notifications.Templates;

/// <summary>A template's words: a subject line and a plain-text body, each with the kind's named placeholders.</summary>
public sealed record EditTemplate(
    [Required, StringLength(TemplateDecisions.MaxSubjectLength)] string? Subject,
    [Required, StringLength(TemplateDecisions.MaxBodyLength)] string? Body);

public static class TemplateDecisions
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 5000;

    /// <summary>
    /// Only the kind's placeholders, the link in the body (a message always leads to its record), and a subject on one
    /// line: a template that cannot be sent as written is refused when it is saved, not when a message needs it.
    /// </summary>
    public static ValidationErrors Validate(NotificationKind kind, EditTemplate c)
    {
        var errors = new ValidationErrors().Check(c);
        if (!errors.IsValid)
        {
            return errors;
        }

        var offered = BuiltInTemplates.Placeholders[kind];
        return errors
            .Unknown("subject", new MessageTemplate(c.Subject!, "").Placeholders, offered)
            .Unknown("body", new MessageTemplate("", c.Body!).Placeholders, offered)
            .When(c.Subject!.Contains('\n', StringComparison.Ordinal) || c.Subject.Contains('\r', StringComparison.Ordinal), "subject", "The subject is one line.")
            .When(!new MessageTemplate("", c.Body!).Placeholders.Contains(MessageTemplate.Link), "body", "The body must include {{link}}: every message leads to its record.");
    }

    private static ValidationErrors Unknown(this ValidationErrors errors, string field, IReadOnlyList<string> used, IReadOnlyList<string> offered) =>
        used.Except(offered, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown
            ? errors.Add(field, $"{string.Join(", ", unknown.Select(p => $"{{{{{p}}}}}"))} is not a placeholder this message offers: it offers {string.Join(", ", offered.Select(p => $"{{{{{p}}}}}"))}.")
            : errors;

    public static Decision Change(PartnershipTemplate? current, Guid templateId, NotificationKind kind, EditTemplate c, Actor by, DateTimeOffset now) =>
        Decision.From(Validate(kind, c), () => current?.Custom == new MessageTemplate(c.Subject!, c.Body!)
            ? Decision.Accept()
            : Decision.Accept(new MessageTemplateChanged(templateId, kind, c.Subject!, c.Body!.ReplaceLineEndings("\n"), by, now)));
}
