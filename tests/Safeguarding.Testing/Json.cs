using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Testing;

/// <summary>Reads and writes JSON the way the services do (web defaults, enums as names).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<T>(body, Options) ?? throw new InvalidOperationException("Empty body.");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options);

    /// <summary>Asserts an RFC 9457 problem response and returns it, errors included.</summary>
    public static async Task<ValidationProblemDetails> ReadProblemAsync(this HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != expectedStatus || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            throw new Xunit.Sdk.XunitException(
                $"Expected {expectedStatus} application/problem+json, got {(int)response.StatusCode} {response.Content.Headers.ContentType}: {body}");
        }

        return JsonSerializer.Deserialize<ValidationProblemDetails>(body, Options)!;
    }
}
