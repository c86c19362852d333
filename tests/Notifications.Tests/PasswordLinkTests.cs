using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Notifications.Accounts;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>
/// Identity's password links reach their person by e-mail, once per request, and the link is kept nowhere once sent.
/// (Identity.Tests drive this through Identity itself, with its own service token.)
/// </summary>
[Collection(nameof(NotificationsServiceCollection))]
public class PasswordLinkTests(NotificationsService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Identity => service.Host.ClientFor(_partnership, Roles.IdentityService);

    private static object Request(Guid requestId, string email, string link, DateTimeOffset until) =>
        new { requestId, organisationId = Guid.NewGuid(), name = "Robin Reader", email, link, until, newAccount = true };

    [Fact]
    public async Task A_request_made_twice_sends_one_email_with_the_link_and_the_record_keeps_no_link()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";
        var token = Guid.NewGuid().ToString("N");
        var request = Request(Guid.NewGuid(), email, $"https://qa.example.org/account/set-password?user=u1&token={token}", DateTimeOffset.UtcNow.AddDays(1));

        var first = await (await Identity.PostJsonAsync("/api/notifications/password-links", request)).ReadAsync<PasswordLinkQueued>();
        var again = await Identity.PostJsonAsync("/api/notifications/password-links", request);
        var mail = Assert.Single(await service.Inbox.WaitFor(email));
        var sent = await Eventually.Get(
            () => service.Host.ClientFor(_partnership, Roles.Coordinator).GetStringAsync($"/api/notifications/{first.NotificationId}"),
            record => record.Contains("\"status\":\"Sent\"", StringComparison.Ordinal));

        Assert.Equal((HttpStatusCode.Accepted, first), (again.StatusCode, await again.ReadAsync<PasswordLinkQueued>()));
        Assert.Contains(token, await service.Inbox.TextOf(mail), StringComparison.Ordinal);
        Assert.Contains(token, await service.Inbox.HtmlOf(mail), StringComparison.Ordinal);
        Assert.DoesNotContain(token, sent, StringComparison.Ordinal);
        Assert.Single(await service.Inbox.To(email));
        await using var session = service.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(_partnership);
        Assert.Null(await session.LoadAsync<OneTimeLink>(first.NotificationId));
    }

    [Fact]
    public async Task A_link_that_is_not_a_web_address_or_has_no_working_time_ahead_is_refused_and_nothing_is_sent()
    {
        var email = $"{Guid.NewGuid():N}@police.example.org";

        var badLink = await Identity.PostJsonAsync("/api/notifications/password-links", Request(Guid.NewGuid(), email, "javascript:alert(1)", DateTimeOffset.UtcNow.AddDays(1)));
        var past = await Identity.PostJsonAsync("/api/notifications/password-links", Request(Guid.NewGuid(), email, "https://qa.example.org/account/set-password", DateTimeOffset.UtcNow.AddMinutes(-1)));
        var noAddress = await Identity.PostJsonAsync("/api/notifications/password-links", Request(Guid.NewGuid(), "not an address", "https://qa.example.org/account/set-password", DateTimeOffset.UtcNow.AddDays(1)));

        Assert.Equal(["link"], (await badLink.ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["until"], (await past.ReadProblemAsync(400)).Errors.Keys);
        Assert.Equal(["email"], (await noAddress.ReadProblemAsync(400)).Errors.Keys);
        Assert.Empty(await service.Host.KindsWrittenAsync(_partnership));
    }
}
