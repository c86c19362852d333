using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;
using Safeguarding.Testing;
using Xunit.Abstractions;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// People are told what they must do: through the gateway, an agency asked for returns and an agency sent an immediate
/// concern each receive an e-mail at the address the directory names, in the local mail server the AppHost runs.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class NotificationJourneyTests(WholeSystem system, ITestOutputHelper output)
{
    private const string AuditContact = "audit.contact@merseyside-police.example";
    private const string SafeguardingLead = "safeguarding.lead@merseyside-police.example";

    [Fact]
    public async Task An_agency_asked_for_returns_gets_one_email_at_its_audit_contact_whose_link_opens_its_returns_and_a_concern_reaches_its_lead_at_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var theme = $"Notified returns {tag}";
        // Three digits after a letter: a random key could otherwise look like a date, which Audit rightly refuses.
        var caseKey = $"SH-2031-N{Random.Shared.Next(100, 1000)}";
        var coordinator = system.Gateway(DemoPartnershipAudits.Partnership);
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var contacts = await coordinator.PutJsonAsync($"/api/organisations/{police}/contacts", new
        {
            contacts = new[]
            {
                new { role = "audit-contact", name = "Alex Audit", email = AuditContact },
                new { role = "safeguarding-lead", name = "Sam Lead", email = SafeguardingLead },
            },
        });
        Assert.Equal(HttpStatusCode.OK, contacts.StatusCode);

        var auditId = await DemoPartnershipAudits.WithReturnsOpenAsync(system, theme, caseKey, police);
        var requested = await Eventually.Get(() => system.Mail.To(AuditContact), m => m.Any(x => x.Subject.Contains(theme, StringComparison.Ordinal)), TimeSpan.FromSeconds(30));

        var mail = Assert.Single(requested, m => m.Subject.Contains(theme, StringComparison.Ordinal));
        var link = new Uri(system.GatewayAddress, "/returns").ToString();
        Assert.Contains(link, await system.Mail.TextOf(mail), StringComparison.Ordinal);
        Assert.DoesNotContain(caseKey, await system.Mail.RawOf(mail), StringComparison.Ordinal);
        await using (var browser = await StaffBrowser.OpenAsync(system.GatewayAddress))
        {
            await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
            await browser.Page.GotoAsync(link);
            Assert.Equal("Your returns", await browser.Page.Locator("h1").InnerTextAsync());
            Assert.True(await browser.Page.GetByText(theme).First.IsVisibleAsync());
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
            Assert.Equal("Messages sent to your organisation", await browser.Page.Locator("h1").InnerTextAsync());
            Assert.True(await browser.Page.GetByText(mail.Subject).IsVisibleAsync());
            await browser.CheckPageAsync("auditor-messages");
            await browser.CheckEveryPageVisitedAsync();
            Assert.Empty(browser.Problems);
        }

        // An immediate concern: the owning agency's safeguarding lead hears at once, marked urgent.
        var leadBefore = (await system.Mail.To(SafeguardingLead)).Count;
        var raising = Stopwatch.StartNew();
        var raised = await coordinator.PostJsonAsync($"/api/audits/{auditId}/concerns", new
        {
            caseKey,
            ownerOrganisationId = police,
            summary = $"Sibling disclosed harm {tag}; no strategy discussion held.",
        });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        var concern = (await system.Mail.WaitFor(SafeguardingLead, leadBefore + 1, TimeSpan.FromSeconds(30)))[leadBefore];
        output.WriteLine($"Immediate concern: request sent to e-mail received in {raising.ElapsedMilliseconds} ms (polling the inbox every 50 ms).");
        var raw = await system.Mail.RawOf(concern);
        Assert.StartsWith("URGENT:", concern.Subject, StringComparison.Ordinal);
        Assert.Contains("X-Priority: 1", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(caseKey, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("disclosed", raw, StringComparison.Ordinal);

        // The agency's calendar: a feed of its deadlines, subscribed to without signing in, read by an independent reader.
        var feed = await (await coordinator.PostJsonAsync("/api/notifications/calendar-feeds", new { organisationId = police })).ReadAsync<JsonElement>();
        var address = new Uri(feed.GetProperty("address").GetString()!);
        Assert.Equal(system.GatewayAddress.Authority, address.Authority);
        var calendar = Ical.Net.Calendar.Load(await system.Gateway().GetStringAsync(address.PathAndQuery))!;
        Assert.Contains(calendar.Events, e => e.Summary == $"Audit returns due: {theme}");

        // The coordinator sees both, sent, through the front door.
        var sent = await (await coordinator.GetAsync($"/api/notifications?organisationId={police}")).ReadAsync<List<JsonElement>>();
        Assert.Contains(sent, n => n.GetProperty("subject").GetString() == mail.Subject && n.GetProperty("status").GetString() == "Sent");
        Assert.Contains(sent, n => n.GetProperty("subject").GetString() == concern.Subject && n.GetProperty("recipientEmail").GetString() == SafeguardingLead);
    }
}
