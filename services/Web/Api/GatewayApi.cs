using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace Safeguarding.Web.Api;

/// <summary>The API said no, or something went wrong on the way: the page shows what it can and says what it cannot.</summary>
public sealed class ApiException(int status, string? detail) : Exception($"The API answered {status}: {detail}")
{
    public int Status => status;
}

/// <summary>
/// The front end reads and changes data only through the gateway, as the signed-in member of staff (their access
/// token), so every rule the APIs enforce applies here too and none lives only in a page.
/// </summary>
public sealed class GatewayApi(HttpClient http, IHttpContextAccessor accessor)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var caller = accessor.HttpContext ?? throw new InvalidOperationException("The API is called while serving a request.");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await caller.GetTokenAsync("access_token"));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }
}
