using System.Globalization;
using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>The coordinator records a serious incident and takes it through its deadlines to a local review's first stage and a recommendation.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebReviewJourneyTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_coordinator_records_a_serious_incident_and_meets_its_deadlines()
    {
        var theme = $"Non-accidental injury in infants {Guid.NewGuid().ToString("N")[..6]}";
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("coordinator@st-helens.example.org", "demo-password-coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a serious incident" }).ClickAsync();
        await page.GetByLabel("Case key").FillAsync("Baby Smith");
        await page.GetByLabel("Theme").FillAsync(theme);
        await page.GetByLabel("What happened").FillAsync("A four-month-old was admitted with a fracture.");
        await browser.FillDateAsync("awareOn", Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the pseudonymous case key, such as SH-2027-017, not a name or date of birth"]);
        await browser.CheckPageAsync("coordinator-incident-error");
        await page.GetByLabel("Case key").FillAsync("SH-2031-901");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();
        Assert.Equal($"The incident is recorded: {theme}", await browser.BannerAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = theme }).ClickAsync();
        Assert.Contains("working days", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-review-deadlines");
        await browser.FillDateAsync("notifiedOn", Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the notification" }).ClickAsync();
        Assert.Equal("The panel notification is recorded", await browser.BannerAsync());

        await page.GetByLabel("Local child safeguarding practice review").CheckAsync();
        await page.GetByLabel("Why", new() { Exact = true }).FillAsync("Learning for the whole partnership about injuries to non-mobile babies.");
        await browser.FillDateAsync("decidedOn", Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        Assert.Equal("The decision is recorded", await browser.BannerAsync());

        await browser.FillDateAsync("completedOn", Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record terms of reference as done" }).ClickAsync();
        Assert.Equal("Terms of reference is recorded", await browser.BannerAsync());

        await page.GetByLabel("The recommendation").FillAsync("Every bruise on a non-mobile baby is referred the same day.");
        await page.GetByLabel("Who owns it").SelectOptionAsync(new SelectOptionValue { Label = "Merseyside Police" });
        await browser.FillDateAsync("dueDate", Today.AddDays(120));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }).ClickAsync();
        Assert.StartsWith("The recommendation is made", await browser.BannerAsync(), StringComparison.Ordinal);
        Assert.Contains("Every bruise on a non-mobile baby", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("coordinator-review");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
