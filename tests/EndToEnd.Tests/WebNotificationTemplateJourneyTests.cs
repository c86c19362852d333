using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A coordinator puts a message in the partnership's own words: an unknown placeholder is refused by name, the words are
/// previewed with example values, saved, and put back to the platform's; then names the coordinator's mailbox (Knowsley's,
/// so no other journey's e-mail changes). An agency's auditor chooses how messages reach them.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class WebNotificationTemplateJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task The_coordinator_previews_and_saves_the_partnerships_words_for_a_return_request_after_an_unknown_placeholder_is_refused()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@knowsley.example.org", "demo-password-knowsley");
        await page.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
        Assert.Equal("Messages sent", await page.Locator("h1").InnerTextAsync());
        await browser.CheckPageAsync("coordinator-messages");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the words of a message" }).ClickAsync();
        await browser.CheckPageAsync("coordinator-message-templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the words of: Audit returns requested" }).ClickAsync();

        await page.GetByLabel("Message").FillAsync("Dear {{contact}},\n\nPlease send returns about {{childName}}.\n\n{{link}}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save these words" }).ClickAsync();
        var summary = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("{{childName}} is not a placeholder this message offers", summary, StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-message-template-error");

        await page.GetByLabel("Subject").FillAsync("Knowsley audit of {{theme}}: returns by {{due}}");
        await page.GetByLabel("Message").FillAsync("Dear {{contact}},\n\n{{organisation}} owes {{cases}} return(s).\n\n{{link}}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        Assert.Contains("Knowsley audit of Child exploitation: returns by Friday 12 March 2027", await page.Locator(".govuk-inset-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Merseyside Police owes 6 return(s).", await page.Locator(".govuk-inset-text").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-message-template-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save these words" }).ClickAsync();

        Assert.Equal("Audit returns requested: the partnership's words are saved", await browser.BannerAsync());
        Assert.Contains("Knowsley audit of {{theme}}: returns by {{due}}", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the words of: Audit returns requested" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Go back to the platform's words" }).ClickAsync();
        Assert.Equal("Audit returns requested: back to the platform's words", await browser.BannerAsync());
        Assert.Contains("The platform's words", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);

        // The coordinator's mailbox, which hears escalations and messages with nobody to go to.
        await page.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "the message settings" }).ClickAsync();
        await page.GetByLabel("Name the mailbox is addressed to").FillAsync("Knowsley partnership business unit");
        await page.GetByLabel("Coordinator's work email address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the coordinator's work email address, like name@example.org"]);
        await browser.CheckPageAsync("coordinator-message-settings-error");
        await page.GetByLabel("Coordinator's work email address").FillAsync("qa@knowsley-scp.example.org");
        await page.GetByLabel("Working days an agency has to acknowledge an immediate concern").SelectOptionAsync("2");
        await page.GetByLabel("Working days after the reminder before late audit returns go to the agency's safeguarding lead").SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        Assert.Equal("Message settings saved", await browser.BannerAsync());
        Assert.Equal("qa@knowsley-scp.example.org", await page.GetByLabel("Coordinator's work email address").InputValueAsync());
        Assert.Equal("2", await page.GetByLabel("Working days an agency has to acknowledge an immediate concern").InputValueAsync());
        Assert.Equal("5", await page.GetByLabel("Working days after the reminder before late audit returns go to the agency's safeguarding lead").InputValueAsync());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task An_agency_auditor_chooses_a_daily_digest_for_messages_that_can_wait_and_goes_back_to_each_message()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;
        await browser.SignInAsync("auditor@st-helens.example.org", "demo-password-auditor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Choose how messages reach you" }).ClickAsync();
        Assert.Equal("How messages reach you", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("auditor@st-helens.example.org", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("auditor-message-preferences");

        await page.GetByLabel("One e-mail a day with the messages that can wait").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Equal("Your choice is saved", await browser.BannerAsync());
        Assert.True(await page.GetByLabel("One e-mail a day with the messages that can wait").IsCheckedAsync());

        await page.GetByLabel("Each message as it is sent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Equal("Your choice is saved", await browser.BannerAsync());
        Assert.True(await page.GetByLabel("Each message as it is sent").IsCheckedAsync());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
