using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>Staff reach the front end at the gateway's address, sign in at the Identity service and land on their home page.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebSignInJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task A_coordinator_signs_in_sees_what_needs_attention_and_signs_out()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);

        await browser.Page.GotoAsync("/");
        Assert.Equal("Sign in", await browser.Page.Locator("h1").InnerTextAsync());
        await browser.CheckPageAsync("sign-in");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("There is a problem", await browser.Page.Locator(".error-summary h2").InnerTextAsync());
        await browser.CheckPageAsync("sign-in-error");

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");

        Assert.Equal("What needs attention", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("Demo Coordinator, QA coordinator", await browser.Page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Overdue actions" }).IsVisibleAsync());
        Assert.True(await browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Review deadlines" }).IsVisibleAsync());
        await browser.CheckPageAsync("coordinator-home");

        // Signing out ends the session at the Identity service too: the way back in asks for the password again.
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
        await browser.Page.GotoAsync("/");
        Assert.Equal("Sign in", await browser.Page.Locator("h1").InnerTextAsync());
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }

    // axe runs in the page's script, so pages are checked in the test above, with JavaScript on.
    [Fact]
    public async Task Without_JavaScript_a_mistake_at_sign_in_is_named_in_the_error_summary_and_the_second_try_gets_in()
    {
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress, javaScript: false);

        await browser.Page.GotoAsync("/");
        await browser.Page.GetByLabel("Work email address").FillAsync("auditor@st-helens.example.org");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var summary = browser.Page.Locator(".error-summary");

        Assert.Equal("Enter your password", await summary.GetByRole(AriaRole.Link).InnerTextAsync());
        Assert.Equal("#password", await summary.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        Assert.Equal("auditor@st-helens.example.org", await browser.Page.GetByLabel("Work email address").InputValueAsync());
        await browser.Page.GetByLabel("Password").FillAsync("demo-password-auditor");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("What needs attention", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("agency auditor", await browser.Page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
    }
}
