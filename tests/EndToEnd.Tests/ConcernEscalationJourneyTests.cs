using System.Net;
using System.Text.Json;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// An immediate concern nobody acknowledges reaches the partnership's coordinator once its working day has passed: the
/// whole system through the gateway, with Notifications' checks on a clock the test moves a week ahead. (The exact
/// time, the next working day at the same time of day, is Notifications.Tests' ConcernEscalationTests.)
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class ConcernEscalationJourneyTests(WholeSystem system)
{
    private const string Mailbox = "qa@sthelens-scp.example.org";

    [Fact]
    public async Task An_unacknowledged_concern_is_escalated_once_urgently_to_the_coordinators_mailbox_when_the_days_pass()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Escalation Test Agency {tag}";
        var caseKey = $"SH-2032-E{Random.Shared.Next(100, 1000)}";
        var coordinator = system.Gateway(DemoPartnershipAudits.Partnership);
        (await coordinator.PutJsonAsync("/api/notifications/settings", new
        {
            coordinatorName = "St Helens partnership business unit",
            coordinatorEmail = Mailbox,
            concernTargetWorkingDays = 1,
        })).EnsureSuccessStatusCode();
        var agency = (await (await coordinator.PostJsonAsync("/api/organisations", new { name, kind = "StatutoryPartner" })).ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var lead = $"lead-{tag}@agency.example.org";
        (await coordinator.PutJsonAsync($"/api/organisations/{agency}/contacts", new
        {
            contacts = new[]
            {
                new { role = "safeguarding-lead", name = "Sam Lead", email = lead },
                new { role = "audit-contact", name = "Alex Audit", email = $"audit-{tag}@agency.example.org" },
            },
        })).EnsureSuccessStatusCode();
        var auditId = await DemoPartnershipAudits.WithReturnsOpenAsync(system, $"Escalated concern {tag}", caseKey, agency);
        // The audit contact's request for returns shows Notifications has the agency's contacts (both came in one change):
        // a concern that reached it before them would go to the coordinator as "nobody to tell", which is not this journey.
        await system.Mail.WaitFor($"audit-{tag}@agency.example.org", timeout: TimeSpan.FromSeconds(60));

        var raised = await coordinator.PostJsonAsync($"/api/audits/{auditId}/concerns", new
        {
            caseKey,
            ownerOrganisationId = agency,
            summary = $"Disclosure {tag} not passed on to children's social care.",
        });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        await system.Mail.WaitFor(lead, timeout: TimeSpan.FromSeconds(60));
        bool IsEscalation(ReceivedMail m) => m.Subject.StartsWith("URGENT:", StringComparison.Ordinal) && m.Subject.Contains(name, StringComparison.Ordinal);
        IReadOnlyList<ReceivedMail> escalated;
        await system.MoveCheckClockAsync(TimeSpan.FromDays(7));
        try
        {
            // The check runs every minute of real time; with the days passed, its next run escalates.
            escalated = await Eventually.Get(() => system.Mail.To(Mailbox), m => m.Any(IsEscalation), TimeSpan.FromMinutes(3));
        }
        finally
        {
            await system.MoveCheckClockAsync(TimeSpan.Zero);
        }

        var mail = Assert.Single(escalated, IsEscalation);
        var text = await system.Mail.TextOf(mail);
        var raw = await system.Mail.RawOf(mail);
        Assert.Contains("X-Priority: 1", raw, StringComparison.Ordinal);
        Assert.Contains(new Uri(system.GatewayAddress, $"/audits/{auditId}").ToString(), text, StringComparison.Ordinal);
        Assert.Contains("1 working day", text, StringComparison.Ordinal);
        foreach (var part in new[] { text, await system.Mail.HtmlOf(mail) })
        {
            Assert.DoesNotContain(caseKey, part, StringComparison.Ordinal);
            Assert.DoesNotContain("Disclosure", part, StringComparison.Ordinal);
        }

        var sent = await (await coordinator.GetAsync($"/api/notifications?organisationId={agency}")).ReadAsync<List<JsonElement>>();
        Assert.Single(sent, n => n.GetProperty("kind").GetString() == "ConcernEscalated" && n.GetProperty("recipientEmail").GetString() == Mailbox);
    }
}
