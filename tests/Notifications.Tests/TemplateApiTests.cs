using System.Net;
using System.Net.Http.Json;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Templates;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>A coordinator puts a message in the partnership's own words: previewed, refused when it cannot be sent, then used.</summary>
[Collection(nameof(NotificationsServiceCollection))]
public class TemplateApiTests(NotificationsService service)
{
    private const string Kind = nameof(NotificationKind.ReturnRequested);

    [Fact]
    public async Task A_template_with_a_placeholder_its_kind_does_not_offer_is_refused_naming_the_field_and_nothing_changes()
    {
        var coordinator = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        var refused = await coordinator.PutJsonAsync($"/api/notifications/templates/{Kind}", new { subject = "Returns due {{due}}", body = "About {{childName}}: {{link}}" });
        var problem = await refused.ReadProblemAsync(400);
        var template = await coordinator.GetFromJsonAsync<TemplateView>($"/api/notifications/templates/{Kind}", Json.Options);

        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{{childName}} is not a placeholder this message offers", Assert.Single(problem.Errors["body"]), StringComparison.Ordinal);
        Assert.False(template!.IsPartnerships);
        Assert.Equal(BuiltInTemplates.For(NotificationKind.ReturnRequested).Body, template.Body);
    }

    [Fact]
    public async Task A_coordinator_previews_saves_and_resets_the_partnerships_words_and_the_next_message_is_sent_in_them()
    {
        var scenario = new AuditScenario();
        var police = scenario.Agency("Merseyside Police");
        var coordinator = service.Host.ClientFor(scenario.Partnership, Roles.Coordinator);
        var words = new { subject = "St Helens audit of {{theme}}: returns by {{due}}", body = "Hello {{contact}},\n\n{{organisation}}: {{cases}} return(s), please.\n\n{{link}}" };

        var preview = await (await coordinator.PostJsonAsync($"/api/notifications/templates/{Kind}/preview", words)).ReadAsync<RenderedMessage>();
        var saved = await (await coordinator.PutJsonAsync($"/api/notifications/templates/{Kind}", words)).ReadAsync<TemplateView>();
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        await service.Host.PublishAsync(scenario.OpenReturns(police.Id).Sent);
        var mail = Assert.Single(await service.Inbox.WaitFor(police.AuditContact));
        var reset = await coordinator.DeleteAsync($"/api/notifications/templates/{Kind}");
        var afterReset = await reset.ReadAsync<TemplateView>();

        Assert.Equal("St Helens audit of Child exploitation: returns by Friday 12 March 2027", preview.Subject);
        Assert.Contains("<a href=\"https://qa.partnership.example.org/returns\">", preview.Html, StringComparison.Ordinal);
        Assert.Equal((true, words.body), (saved.IsPartnerships, saved.Body));
        Assert.StartsWith("St Helens audit of Child exploitation: returns by ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Merseyside Police: 4 return(s), please.", await service.Inbox.TextOf(mail), StringComparison.Ordinal);
        Assert.Equal((false, BuiltInTemplates.For(NotificationKind.ReturnRequested).Subject), (afterReset.IsPartnerships, afterReset.Subject));
    }

    [Fact]
    public async Task A_kind_that_does_not_exist_or_is_named_by_number_is_not_found()
    {
        var coordinator = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/notifications/templates/ChildDetails")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/notifications/templates/1")).StatusCode);
    }
}
