using Microsoft.Playwright;

namespace Safeguarding.EndToEnd.Tests.Browser;

/// <summary>
/// A journey that fails a step says what the page showed instead and which page the browser still waited for; a
/// click waits for the page to be ready, as a person would. The pages are written here, but the tests run in the
/// journeys' collection: a failed step is noticed process-wide, and one made on purpose must not be seen by a journey.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class StaffBrowserTests
{
    [Fact]
    public async Task A_step_that_runs_out_of_time_fails_with_the_page_it_was_on()
    {
        var browser = await StaffBrowser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.SetContentAsync("<main><h1>The self-assessment could not be loaded just now</h1></main>");

        await Assert.ThrowsAsync<TimeoutException>(() => browser.Page.GetByLabel("Which indicator does it show?").FillAsync("1.1", new() { Timeout = 500 }));
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(async () => await browser.DisposeAsync());

        Assert.Contains("Which indicator does it show?", failed.Message, StringComparison.Ordinal);
        Assert.Contains("The self-assessment could not be loaded just now", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journey_whose_steps_all_pass_closes_quietly()
    {
        var browser = await StaffBrowser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.SetContentAsync("<main><label for='i'>Which indicator does it show?</label><input id='i'></main>");

        await browser.Page.GetByLabel("Which indicator does it show?").FillAsync("1.1");

        await browser.DisposeAsync();
    }

    [Fact]
    public async Task A_step_that_runs_out_of_time_names_the_page_the_browser_is_still_waiting_for()
    {
        var browser = await StaffBrowser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.RouteAsync("**/slow-answer", _ => Task.CompletedTask);
        await browser.Page.SetContentAsync("<main><form method='post' action='http://127.0.0.1:9/slow-answer'><button>Publish version 2</button></form></main>");

        // Sent from script: Playwright's own click would wait for the answer itself.
        await browser.Page.EvaluateAsync("document.querySelector('form').requestSubmit()");
        await Assert.ThrowsAsync<TimeoutException>(() => browser.Page.Locator("ul.govuk-list--bullet").InnerTextAsync(new() { Timeout = 500 }));
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(async () => await browser.DisposeAsync());

        Assert.Matches(@"POST http://127\.0\.0\.1:9/slow-answer not answered after \d+\.\d s", failed.Message);
    }

    [Fact]
    public async Task A_click_waits_until_the_page_s_scripts_have_run()
    {
        var browser = await StaffBrowser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.RouteAsync("**/page", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = "<main><button onclick='window.clicked = window.ready === true'>Publish</button></main><script type='module' src='/slow.mjs'></script>",
        }));
        // The script is held until the click has been asked for, so the click comes before it and must wait for it to run.
        var (requested, clickAsked) = (new TaskCompletionSource(), new TaskCompletionSource());
        await browser.Page.RouteAsync("**/slow.mjs", async route =>
        {
            requested.TrySetResult();
            await clickAsked.Task;
            await route.FulfillAsync(new() { ContentType = "text/javascript", Body = "window.ready = true;" });
        });

        await browser.Page.GotoAsync("/page", new() { WaitUntil = WaitUntilState.Commit });
        await requested.Task;
        var click = browser.Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        clickAsked.SetResult();
        await click;

        Assert.True(await browser.Page.EvaluateAsync<bool>("window.clicked === true"));
        await browser.DisposeAsync();
    }

    [Fact]
    public async Task The_accessibility_check_names_each_serious_problem_and_passes_a_page_without_one()
    {
        var browser = await StaffBrowser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.SetContentAsync("<html lang='en'><title>Actions</title><main><h1>Actions</h1><img src='x.png'><input id='due'></main></html>");

        var problems = await browser.SeriousAccessibilityProblemsAsync();
        await browser.Page.SetContentAsync("<html lang='en'><title>Actions</title><main><h1>Actions</h1><label for='due'>Due</label><input id='due'></main></html>");
        var none = await browser.SeriousAccessibilityProblemsAsync();

        Assert.Collection(
            problems.Order(StringComparer.Ordinal),
            image => Assert.Contains("image-alt (critical)", image, StringComparison.Ordinal),
            label => Assert.Matches(@"label \(critical\) .*: #due$", label));
        Assert.Empty(none);
        await browser.DisposeAsync();
    }
}
