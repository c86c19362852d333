using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Web.Api;

/// <summary>The API said no, or something went wrong on the way: the page shows what it can and says what it cannot.</summary>
public sealed class ApiException(int status, string? detail) : Exception($"The API answered {status}: {detail}")
{
    public int Status => status;
}

/// <summary>What a change came to: done, or the API's reasons per field (a 400), or its refusal (any other status).</summary>
public sealed record ApiOutcome(bool Succeeded, IReadOnlyDictionary<string, string[]> FieldErrors, string? Refusal)
{
    public static readonly ApiOutcome Done = new(true, new Dictionary<string, string[]>(), null);

    /// <summary>Where the API says the record it created lives (its Location header), for a 201.</summary>
    public Uri? Location { get; init; }

    /// <summary>The record's version after the change (its ETag), for a further change in the same step.</summary>
    public long? Version { get; init; }

    /// <summary>412: someone changed the record after the person read it, so nothing was saved.</summary>
    public bool ChangedMeanwhile { get; init; }
}

public sealed record ApiFile(byte[] Content, string ContentType, string? FileName);

/// <summary>
/// The front end reads and changes data only through the gateway, as the signed-in member of staff (their access
/// token), so every rule the APIs enforce applies here too and none lives only in a page.
/// </summary>
public sealed partial class GatewayApi(HttpClient http, IHttpContextAccessor accessor, ILogger<GatewayApi> logger)
{
    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).Tolerant();

    /// <summary>
    /// What the API answers at <paramref name="path"/>. A list longer than one page comes a page at a time, and a page
    /// of the front end shows the whole list, so each next page the answer links to is read and added.
    /// </summary>
    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        JsonArray? items = null;
        for (var next = path; ;)
        {
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, next), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ApiException((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            }

            var after = Paging.NextPage(response.Headers);
            if (items is null && after is null)
            {
                return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
            }

            items ??= [];
            var page = (await response.Content.ReadFromJsonAsync<JsonArray>(Json, cancellationToken))!;
            var read = page.ToList();
            page.Clear();
            foreach (var item in read)
            {
                items.Add(item);
            }

            if (after is null)
            {
                return items.Deserialize<T>(Json)!;
            }

            next = after;
        }
    }

    /// <summary>For a page part that can show a warning instead: null when the API refuses or fails.</summary>
    public async Task<T?> TryGetAsync<T>(string path, CancellationToken cancellationToken = default)
        where T : class
    {
        try
        {
            return await GetAsync<T>(path, cancellationToken);
        }
        catch (ApiException)
        {
            return null;
        }
    }

    /// <summary>A file the API makes (a report, an export): null when the API refuses or fails.</summary>
    public async Task<ApiFile?> TryGetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return response.IsSuccessStatusCode
            ? new ApiFile(
                await response.Content.ReadAsByteArrayAsync(cancellationToken),
                response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
                response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'))
            : null;
    }

    /// <summary>
    /// A change to a record the person read at version <paramref name="seen"/> (sent as If-Match, so it applies only
    /// if nobody changed the record since), or a new record when there is no version to name.
    /// </summary>
    public Task<ApiOutcome> PostAsync(string path, object body, long? seen = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(HttpMethod.Post, path, body, seen, cancellationToken);

    public Task<ApiOutcome> PutAsync(string path, object body, long? seen = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(HttpMethod.Put, path, body, seen, cancellationToken);

    public Task<ApiOutcome> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        OutcomeOfAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    /// <summary>A question with a body whose answer is content, not a change (a preview): the answer, or why not.</summary>
    public async Task<(ApiOutcome Outcome, T? Answer)> AskAsync<T>(string path, object body, CancellationToken cancellationToken = default)
        where T : class
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return (ApiOutcome.Done, await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken));
        }

        return (await RefusalAsync(response, cancellationToken), null);
    }

    /// <summary>A file the person uploaded, passed on as the form field "file".</summary>
    public async Task<ApiOutcome> PutFileAsync(string path, IFormFile file, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        var content = new StreamContent(stream);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
        return await OutcomeOfAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = new MultipartFormDataContent { { content, "file", file.FileName } } }, cancellationToken);
    }

    private Task<ApiOutcome> ChangeAsync(HttpMethod method, string path, object body, long? seen, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
        if (seen is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ServiceDefaults.Http.StreamVersions.ToETag(version)));
        }

        return OutcomeOfAsync(request, cancellationToken);
    }

    private async Task<ApiOutcome> OutcomeOfAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return ApiOutcome.Done with { Location = response.Headers.Location, Version = VersionOf(response.Headers.ETag) };
        }

        return await RefusalAsync(response, cancellationToken);
    }

    private static async Task<ApiOutcome> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
        return new ApiOutcome(false, problem?.Errors ?? new Dictionary<string, string[]>(), problem?.Detail ?? problem?.Title ?? $"The service answered {(int)response.StatusCode}.")
        {
            ChangedMeanwhile = response.StatusCode == System.Net.HttpStatusCode.PreconditionFailed,
        };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var caller = accessor.HttpContext ?? throw new InvalidOperationException("The API is called while serving a request.");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await caller.GetTokenAsync("access_token"));
            // The person's own address, for the access log: the gateway believes it only with the key it shares with the web.
            if (caller.CallerAddress() is { } address)
            {
                request.Headers.Add(PersonAddressHeaders.Address, address);
            }

            var response = await http.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                // The person only sees "try again": whoever runs the service needs to know which call failed and how.
                ApiFailed(logger, request.Method, request.RequestUri, (int)response.StatusCode);
            }

            return response;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The API answered {Status} to {Method} {Path}")]
    private static partial void ApiFailed(ILogger logger, HttpMethod method, Uri? path, int status);

    private static long? VersionOf(EntityTagHeaderValue? etag) =>
        long.TryParse(etag?.Tag.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
