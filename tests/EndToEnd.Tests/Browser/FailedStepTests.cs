using Microsoft.Playwright;

namespace Safeguarding.EndToEnd.Tests.Browser;

/// <summary>
/// A journey that fails a step says what the page showed instead. The page is written here, but the tests run in the
/// journeys' collection: a failed step is noticed process-wide, and one made on purpose must not be seen by a journey.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class FailedStepTests
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
}
