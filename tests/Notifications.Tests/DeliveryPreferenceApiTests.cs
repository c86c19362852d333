using System.Net;
using System.Net.Http.Json;
using Safeguarding.Notifications.Preferences;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class DeliveryPreferenceApiTests(NotificationsService service)
{
    [Fact]
    public async Task A_person_chooses_for_their_own_address_and_a_bad_choice_or_an_account_without_an_address_changes_nothing()
    {
        var host = service.Host;
        var partnership = TestTokens.NewPartnership();
        var person = host.ClientFor(partnership, Roles.Coordinator, email: "Alex.Morgan@Partnership.example.org");

        var before = await person.GetFromJsonAsync<MyDelivery>("/api/notifications/preferences/me", Json.Options);
        var bad = await person.PutJsonAsync("/api/notifications/preferences/me", new { choice = "Weekly" });
        var none = await person.PutJsonAsync("/api/notifications/preferences/me", new { });
        var system = await host.ClientFor(partnership, Roles.PartnerSystem, Guid.NewGuid().ToString()).PutJsonAsync("/api/notifications/preferences/me", new { choice = "DailyDigest" });
        var chosen = await (await person.PutJsonAsync("/api/notifications/preferences/me", new { choice = "DailyDigest" })).ReadAsync<MyDelivery>();

        Assert.Equal(new MyDelivery("alex.morgan@partnership.example.org", DeliveryChoice.EachMessage), before);
        Assert.Contains("choice", (await bad.ReadProblemAsync(400)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("choice", (await none.ReadProblemAsync(400)).Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, system.StatusCode);
        Assert.Equal(new MyDelivery("alex.morgan@partnership.example.org", DeliveryChoice.DailyDigest), chosen);
        Assert.Equal(chosen, await person.GetFromJsonAsync<MyDelivery>("/api/notifications/preferences/me", Json.Options));
    }
}
