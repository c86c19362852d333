using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Safeguarding.Testing;

public sealed record StaffTokens(string AccessToken, string RefreshToken, string IdToken);

/// <summary>
/// What a browser and the web front end do when a member of staff signs in: the authorization request with a PKCE
/// challenge, the sign-in page's form (with its antiforgery token), the redirect back with a code, and the code
/// exchanged with the verifier. The browser must keep cookies and not follow redirects, so each step can be seen.
/// </summary>
public sealed partial class StaffSignIn(HttpClient browser, string clientId, string clientSecret, Uri redirectUri)
{
    public HttpClient Browser => browser;

    public async Task<StaffTokens> SignInAsync(string email, string password)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri.ToString(),
            ["scope"] = "openid profile email offline_access",
            ["state"] = "state-" + Guid.NewGuid().ToString("N"),
            ["code_challenge"] = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });
        var toSignIn = await ExpectRedirectAsync(await browser.GetAsync(authorize));
        var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), toSignIn).Query)["returnUrl"].ToString();
        var backToAuthorize = await ExpectRedirectAsync(await SubmitSignInAsync(email, password, returnUrl));
        var toClient = new Uri(await ExpectRedirectAsync(await browser.GetAsync(backToAuthorize)));
        var code = QueryHelpers.ParseQuery(toClient.Query)["code"].ToString();
        var tokens = await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_verifier"] = verifier,
        });
        return await ReadTokensAsync(tokens);
    }

    public async Task<HttpResponseMessage> SubmitSignInAsync(string email, string password, string? returnUrl = null)
    {
        var page = await browser.GetStringAsync("/account/sign-in" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await PostFormAsync("/account/sign-in", page, new() { ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl ?? "" });
    }

    public async Task<HttpResponseMessage> SetPasswordAsync(string link, string password, string? confirmation = null)
    {
        var page = await browser.GetStringAsync(new Uri(link).PathAndQuery);
        var query = QueryHelpers.ParseQuery(new Uri(link).Query);
        return await PostFormAsync("/account/set-password", page, new()
        {
            ["user"] = query["user"].ToString(),
            ["token"] = query["token"].ToString(),
            ["password"] = password,
            ["confirmPassword"] = confirmation ?? password,
        });
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    public static async Task<StaffTokens> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Token request failed with {(int)response.StatusCode}: {body}");
        }

        var json = JsonDocument.Parse(body).RootElement;
        return new StaffTokens(
            json.GetProperty("access_token").GetString()!,
            json.GetProperty("refresh_token").GetString()!,
            json.TryGetProperty("id_token", out var id) ? id.GetString()! : "");
    }

    private Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> fields)
    {
        fields["client_id"] = clientId;
        fields["client_secret"] = clientSecret;
        return browser.PostAsync("/connect/token", new FormUrlEncodedContent(fields));
    }

    private Task<HttpResponseMessage> PostFormAsync(string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<string> ExpectRedirectAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || response.Headers.Location is null)
        {
            throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location.ToString();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
