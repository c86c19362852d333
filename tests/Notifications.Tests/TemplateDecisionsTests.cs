using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Templates;

namespace Safeguarding.Notifications.Tests;

public class TemplateDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator", null);
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static IDictionary<string, string[]> Errors(string subject, string body) =>
        TemplateDecisions.Validate(NotificationKind.ReturnRequested, new EditTemplate(subject, body)).ToDictionary();

    [Fact]
    public void A_placeholder_the_kind_does_not_offer_is_refused_in_the_field_that_uses_it()
    {
        var errors = Errors("Returns for {{childName}}", "Dear {{contact}}, see {{link}} about {{caseKey}}.");

        Assert.Equal(["body", "subject"], errors.Keys.Order());
        Assert.StartsWith("{{caseKey}} is not a placeholder this message offers: it offers {{contact}}, {{organisation}}", Assert.Single(errors["body"]), StringComparison.Ordinal);
        Assert.StartsWith("{{childName}} is not a placeholder", Assert.Single(errors["subject"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_without_its_link_or_a_subject_over_two_lines_is_refused()
    {
        var errors = Errors("Returns\ndue", "Dear {{contact}}, please send your returns.");

        Assert.Equal(["The body must include {{link}}: every message leads to its record."], errors["body"]);
        Assert.Equal(["The subject is one line."], errors["subject"]);
    }

    [Fact]
    public void Saving_the_words_already_in_use_changes_nothing()
    {
        var id = PartnershipTemplate.IdFor("st-helens", NotificationKind.ReturnRequested);
        var edit = new EditTemplate("Returns due {{due}}", "Dear {{contact}},\n\n{{link}}");
        var changed = Assert.IsType<MessageTemplateChanged>(Assert.Single(Assert.IsType<Decision.Accepted>(
            TemplateDecisions.Change(null, id, NotificationKind.ReturnRequested, edit, Coordinator, Now)).Events));

        var again = TemplateDecisions.Change(PartnershipTemplate.Create(changed), id, NotificationKind.ReturnRequested, edit, Coordinator, Now);

        Assert.Empty(Assert.IsType<Decision.Accepted>(again).Events);
    }

    [Fact]
    public void The_html_is_made_from_the_body_a_paragraph_per_block_every_value_encoded_and_the_link_a_link()
    {
        var rendered = new MessageTemplate("Returns for {{organisation}}", "Dear {{contact}},\n\nPlease <b>act</b>:\n{{link}}")
            .Render(new Dictionary<string, string> { ["organisation"] = "A & B", ["contact"] = "<script>", ["link"] = "https://qa.example.org/returns?a=1&b=2" });

        Assert.Equal("Returns for A & B", rendered.Subject);
        Assert.Equal("Dear <script>,\n\nPlease <b>act</b>:\nhttps://qa.example.org/returns?a=1&b=2", rendered.Text);
        Assert.Contains("<title>Returns for A &amp; B</title>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Dear &lt;script&gt;,</p>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(
            "<p>Please &lt;b&gt;act&lt;/b&gt;:<br>\n<a href=\"https://qa.example.org/returns?a=1&amp;b=2\">https://qa.example.org/returns?a=1&amp;b=2</a></p>",
            rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_template_is_valid_and_previews_with_the_example_values()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var template = BuiltInTemplates.For(kind);

            Assert.True(TemplateDecisions.Validate(kind, new EditTemplate(template.Subject, template.Body)).IsValid, kind.ToString());
            Assert.Equal(BuiltInTemplates.Placeholders[kind].Order(), template.Placeholders.Order());
            Assert.DoesNotContain("{{", template.Render(BuiltInTemplates.Examples).Text, StringComparison.Ordinal);
        }
    }
}
