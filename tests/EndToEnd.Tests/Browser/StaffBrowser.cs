using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Safeguarding.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), against the whole system through the gateway, as
/// partnership staff use it. Every page a test visits can be checked with axe and photographed into the test output.
/// </summary>
public sealed class StaffBrowser : IAsyncDisposable
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    // Every address the page showed, in order: GET pages a journey passed through, checked again at its end.
    private readonly List<string> _visited = [];

    // The first step of the journey that ran out of time or failed an expectation, if any.
    private Exception? _failedStep;

    // The pages the browser asked for and what came of each, newest last: a failed step says whether its click sent one.
    private readonly List<DocumentRequest> _documents = [];

    private StaffBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        (_playwright, _browser, Page) = (playwright, browser, page);
        AppDomain.CurrentDomain.FirstChanceException += RecordFailedStep;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (_visited)
                {
                    _visited.Add(frame.Url);
                }
            }
        };

        page.Request += (_, request) =>
        {
            if (request.ResourceType == "document")
            {
                lock (_documents)
                {
                    _documents.Add(new DocumentRequest(request, DateTimeOffset.UtcNow));
                }
            }
        };
        page.RequestFinished += (_, request) => Update(request, d => d.Answered = DateTimeOffset.UtcNow);
        page.RequestFailed += (_, request) => Update(request, d => (d.Answered, d.Failure) = (DateTimeOffset.UtcNow, request.Failure));

        // A page shows partnership or case data: neither the browser nor a proxy may keep a copy.
        page.Response += (_, response) =>
        {
            Update(response.Request, d => d.Status = response.Status);
            if (response.Request.ResourceType == "document"
                && !(response.Headers.TryGetValue("cache-control", out var caching) && caching.Contains("no-store", StringComparison.Ordinal)))
            {
                lock (Problems)
                {
                    Problems.Add($"{response.Url} may be stored: Cache-Control {caching ?? "(none)"}");
                }
            }
        };
    }

    public IPage Page { get; }

    /// <summary>
    /// A person acts on a page once it has loaded, but Playwright clicks as soon as the button shows. The page's
    /// scripts then focus its success banner, scrolling it into view: a click whose press and release straddle that
    /// scroll lands on nothing, and the form is never sent. So the page takes no pointer input until its deferred
    /// scripts have run, and Playwright's own check that the button receives the click waits for that.
    /// </summary>
    private const string PointerHeldUntilScriptsRan = """
        if (document.readyState === 'loading') {
          const held = new CSSStyleSheet();
          held.replaceSync('* { pointer-events: none !important; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, held];
          document.addEventListener('DOMContentLoaded', () => {
            document.adoptedStyleSheets = document.adoptedStyleSheets.filter(sheet => sheet !== held);
          }, { once: true });
        }
        """;

    public static async Task<StaffBrowser> OpenAsync(Uri gateway, bool javaScript = true)
    {
        // Playwright's driver is a child process: it must not outlive a failed launch, or the test run waits on it.
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = gateway.ToString(), JavaScriptEnabled = javaScript, Locale = "en-GB" });
            context.SetDefaultTimeout(20_000);
            if (javaScript)
            {
                await context.AddInitScriptAsync(PointerHeldUntilScriptsRan);
            }

            return new StaffBrowser(playwright, browser, await context.NewPageAsync());
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Signs in at the sign-in page the way a person would: by the labels they read.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("Work email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal) && !url.Contains("/connect/", StringComparison.Ordinal));
    }

    // axe-core, run in the page itself for its violations only. The package's RunAxe checks each frame apart and joins
    // the results in a second page: about 2.5 s a page on two cores, most of an end-to-end run. No page here has frames.
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    private const string SeriousViolations = """
        async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
        """;

    /// <summary>The page's serious and critical accessibility problems, as axe-core finds them; empty when there are none.</summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityProblemsAsync()
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof axe === 'object'"))
        {
            await Page.EvaluateAsync(AxeSource);
        }

        var url = Page.Url;
        return [.. (await Page.EvaluateAsync<string[]>(SeriousViolations)).Select(problem => $"{url}: {problem}")];
    }

    /// <summary>The heading of the success banner on the page.</summary>
    public Task<string> BannerAsync() => Page.Locator(".govuk-notification-banner__heading").InnerTextAsync();

    /// <summary>
    /// The error summary lists exactly these links, waiting for it: a form's answer may still be on its way when the
    /// click that sent it returns.
    /// </summary>
    public Task ExpectErrorsAsync(IEnumerable<string> errors) =>
        Assertions.Expect(Page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link)).ToHaveTextAsync([.. errors], new() { Timeout = 20_000 });

    /// <summary>Types a date into the GOV.UK date input whose day box has the id given.</summary>
    public async Task FillDateAsync(string id, DateOnly date)
    {
        await Page.Locator($"[id='{id}']").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"[id='{id}-month']").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator($"[id='{id}-year']").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every serious accessibility problem found on the pages checked with <see cref="CheckPageAsync"/>.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>A key page of a journey: checked by axe (problems kept in <see cref="Problems"/>) and saved as a screenshot.</summary>
    public async Task CheckPageAsync(string screenshot)
    {
        Problems.AddRange(await SeriousAccessibilityProblemsAsync());
        await ScreenshotAsync(screenshot);
    }

    /// <summary>
    /// A page that follows a long operation asks for its status every few seconds and loads itself again when it ends;
    /// a check or screenshot under way at that moment never finishes. Until the hold is disposed, the requests matching
    /// <paramref name="addresses"/> wait (each then goes to the server and is answered for real), so the page stays put.
    /// </summary>
    public async Task<IAsyncDisposable> HoldRequestsAsync(string addresses)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Hold(IRoute route)
        {
            await released.Task;
            await route.ContinueAsync();
        }

        await Page.RouteAsync(addresses, Hold);
        return new Release(async () =>
        {
            released.SetResult();
            await Page.UnrouteAsync(addresses, Hold);
        });
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }

    /// <summary>
    /// axe on every page the journey showed, each loaded again now (states that only a POST shows, such as an error
    /// summary, are checked where they happen with <see cref="CheckPageAsync"/>). The sign-in protocol's own addresses
    /// are left out: loading them again would start or end a sign-in.
    /// </summary>
    public async Task CheckEveryPageVisitedAsync()
    {
        string[] pages;
        lock (_visited)
        {
            pages = [.. _visited.Distinct()];
        }

        var journey = pages.Where(a => !a.Contains("/connect/", StringComparison.Ordinal) && !a.Contains("/signin-oidc", StringComparison.Ordinal)
            && !a.Contains("/signout", StringComparison.Ordinal) && !a.Contains("/account/", StringComparison.Ordinal))
            .DistinctBy(SamePage).ToList();
        if (journey.Count == 0)
        {
            throw new InvalidOperationException("The journey showed no page of the service: nothing to check.");
        }

        foreach (var address in journey)
        {
            await Page.GotoAsync(address);
            Problems.AddRange(await SeriousAccessibilityProblemsAsync());
        }

        // The list of pages checked, kept with the screenshots.
        Directory.CreateDirectory(ScreenshotFolder);
        await File.AppendAllLinesAsync(Path.Combine(ScreenshotFolder, "pages-checked-by-axe.txt"), journey);
    }

    /// <summary>
    /// Addresses that show one page: a fragment only scrolls it, and the banner a finished step names (`done=`) differs
    /// only in its words, so a page is checked once with a banner and once without.
    /// </summary>
    private static string SamePage(string address)
    {
        var uri = new Uri(address);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        var banner = query.Any(p => p.StartsWith("done=", StringComparison.Ordinal));
        return $"{uri.GetLeftPart(UriPartial.Path)}?{string.Join('&', query.Where(p => !p.StartsWith("done=", StringComparison.Ordinal)))}{(banner ? " banner" : "")}";
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    /// <summary>
    /// A step that failed says only what it waited for; what the page showed instead is what tells a flaky wait from a
    /// broken page, so a journey that failed a step fails again here with the address and text of the page.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.FirstChanceException -= RecordFailedStep;
        var shown = _failedStep is null ? null : await ShownAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        if (_failedStep is not null)
        {
            throw new InvalidOperationException($"{_failedStep.Message}{Environment.NewLine}{shown}", _failedStep);
        }
    }

    // Playwright's waits and expectations, and only they, end their message with the calls they made.
    private void RecordFailedStep(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        if (e.Exception is System.TimeoutException or PlaywrightException && e.Exception.Message.Contains("Call log:", StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _failedStep, e.Exception, null);
        }
    }

    private async Task<string> ShownAsync()
    {
        try
        {
            var text = await Page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
            return $"The page at {Page.Url} showed:{Environment.NewLine}{(text.Length > 2_000 ? text[..2_000] + "…" : text)}"
                + $"{Environment.NewLine}{LastDocuments()}";
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException)
        {
            return $"The page at {Page.Url} could not be read: {e.Message}{Environment.NewLine}{LastDocuments()}";
        }
    }

    private void Update(IRequest request, Action<DocumentRequest> change)
    {
        lock (_documents)
        {
            if (_documents.FindLast(d => d.Request == request) is { } document)
            {
                change(document);
            }
        }
    }

    private string LastDocuments()
    {
        var now = DateTimeOffset.UtcNow;
        lock (_documents)
        {
            return "The last pages the browser asked for, oldest first:" + string.Concat(_documents.TakeLast(6).Select(d =>
                $"{Environment.NewLine}  {d.Sent:HH:mm:ss.fff} {d.Request.Method} {d.Request.Url} " + (d.Answered is { } answered
                    ? $"{d.Failure ?? $"answered {d.Status}"} after {(answered - d.Sent).TotalSeconds:0.0} s"
                    : $"not answered after {(now - d.Sent).TotalSeconds:0.0} s")));
        }
    }

    private sealed class DocumentRequest(IRequest request, DateTimeOffset sent)
    {
        public IRequest Request => request;

        public DateTimeOffset Sent => sent;

        public DateTimeOffset? Answered { get; set; }

        public int? Status { get; set; }

        public string? Failure { get; set; }
    }
}
