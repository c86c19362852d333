using Microsoft.Playwright;
using Safeguarding.EndToEnd.Tests.Browser;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>The training manager schedules an event, records who came, reads the feedback it drew, and records a need.</summary>
[Collection(nameof(WholeSystemCollection))]
public class WebTrainingJourneyTests(WholeSystem system)
{
    [Fact]
    public async Task The_training_manager_runs_an_event_from_scheduling_to_its_feedback()
    {
        var topic = $"Recognising neglect in adolescents {Guid.NewGuid().ToString("N")[..6]}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var browser = await StaffBrowser.OpenAsync(system.GatewayAddress);
        var page = browser.Page;

        await browser.SignInAsync("training@st-helens.example.org", "demo-password-training");
        await page.GetByRole(AriaRole.Link, new() { Name = "Training", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule an event" }).ClickAsync();
        await page.GetByLabel("Training course").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule event" }).ClickAsync();
        await browser.ExpectErrorsAsync(["Enter the topic, in 200 characters or fewer", "Enter the date of the event, within a year back and two years ahead"]);
        await browser.CheckPageAsync("training-schedule-error");
        await page.GetByLabel("Topic").FillAsync(topic);
        await page.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule event" }).ClickAsync();
        Assert.Equal($"{topic} is on the programme", await browser.BannerAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = topic }).ClickAsync();
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Merseyside Police" });
        await page.GetByLabel("How many attended?").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        Assert.Equal("Attendance recorded", await browser.BannerAsync());
        Assert.Contains("12 people attended from 1 organisation", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A practitioner's feedback, through the link the event page gives.
        await page.Locator("a[href$='/feedback']").ClickAsync();
        await page.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What will you do differently because of it?").FillAsync("Ask about home conditions at every visit, not only the first.");
        await browser.CheckPageAsync("training-feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Equal("Thank you", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync("/training");
        Assert.Contains("4.0 out of 5", await page.Locator("table tr", new() { HasText = topic }).First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = topic }).ClickAsync();
        Assert.Contains("Ask about home conditions", await page.Locator("ul.govuk-list--bullet").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "How useful it was, by rating" }).IsVisibleAsync());
        await browser.CheckPageAsync("training-event");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to training and feedback" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a training need" }).ClickAsync();
        await page.GetByLabel("What is the need?").FillAsync($"Neglect screening tool {topic[^6..]}");
        await page.GetByLabel("Why is it needed?").FillAsync("The neglect audit found the tool used in a third of cases.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record need" }).ClickAsync();
        Assert.Contains($"Neglect screening tool {topic[^6..]}", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("training-programme");
        await browser.CheckEveryPageVisitedAsync();
        Assert.Empty(browser.Problems);
    }
}
