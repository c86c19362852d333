using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Safeguarding.Testing;

/// <summary>One message as the mail server received it.</summary>
public sealed record ReceivedMail(string Id, string From, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedDate);

/// <summary>What arrived at an smtp4dev server, read through its REST API (the same one its web inbox uses).</summary>
public sealed partial class MailInbox(Uri web) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = web, Timeout = TimeSpan.FromSeconds(30) };

    public Uri Web => web;

    /// <summary>Every message delivered to the address, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> To(string address)
    {
        var page = await _http.GetFromJsonAsync<Page>("/api/messages?pageSize=100000", Json.Options) ?? throw new InvalidOperationException("No answer.");
        return [.. page.Results.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).OrderBy(m => m.ReceivedDate)];
    }

    /// <summary>Waits until the address has received at least <paramref name="count"/> messages, and answers them all.</summary>
    public Task<IReadOnlyList<ReceivedMail>> WaitFor(string address, int count = 1, TimeSpan? timeout = null) =>
        Eventually.Get(() => To(address), received => received.Count >= count, timeout ?? TimeSpan.FromSeconds(30));

    /// <summary>The set-password link in the newest of at least <paramref name="count"/> e-mails to the address, as its person would follow it.</summary>
    public async Task<string> SetPasswordLinkSentTo(string address, int count = 1)
    {
        var received = await WaitFor(address, count);
        return SetPasswordLink().Match(await TextOf(received[^1])) is { Success: true } link
            ? link.Value
            : throw new InvalidOperationException($"No set-password link in the e-mail to {address}.");
    }

    public Task<string> TextOf(ReceivedMail mail) => _http.GetStringAsync($"/api/messages/{mail.Id}/plaintext");

    public Task<string> HtmlOf(ReceivedMail mail) => _http.GetStringAsync($"/api/messages/{mail.Id}/html");

    /// <summary>The message exactly as it came over SMTP: its headers and every part.</summary>
    public Task<string> RawOf(ReceivedMail mail) => _http.GetStringAsync($"/api/messages/{mail.Id}/raw");

    public void Dispose() => _http.Dispose();

    private sealed record Page(IReadOnlyList<ReceivedMail> Results);

    [GeneratedRegex(@"https?://\S+/account/set-password\?\S+")]
    private static partial Regex SetPasswordLink();
}
