using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Gateway.Protection;

/// <summary>
/// Settings under <c>Gateway</c>: requests per caller per minute, the largest request body, the origins allowed to call
/// from a browser, and whether the API documents and their browsable UI are served.
/// </summary>
public sealed class GatewayOptions
{
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Evidence files are at most 10 MB; a little more for the form around them.</summary>
    public long MaxRequestBodyBytes { get; set; } = 12 * 1024 * 1024;

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Off unless a deployment turns it on: the documents map every operation for anyone who finds them.</summary>
    public bool ApiDocuments { get; set; }
}

/// <summary>
/// What the front door does before anything reaches a service: a rate limit per client and per user (per address
/// before sign-in), a cap on request size, security headers on every response, and CORS closed unless origins are named.
/// </summary>
public static class GatewayProtection
{
    public const string CorsPolicy = "configured-origins";

    public static GatewayOptions AddGatewayProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway").Get<GatewayOptions>() ?? new GatewayOptions();
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (options.AllowedOrigins.Length > 0)
            {
                policy.WithOrigins(options.AllowedOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location", "Retry-After");
            }
        }));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                CallerOf(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = RejectAsync;
        });
        return options;
    }

    /// <summary>Before authentication: headers go on every response, and a browser's preflight is answered before any token is asked for.</summary>
    public static WebApplication UseGatewayProtection(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<GatewayOptions>();
        app.Use(SecurityHeaders);
        app.UseCors(CorsPolicy);

        // A declared length over the limit is refused before a byte is read; an undeclared one meets Kestrel's limit as it is read.
        app.Use((http, next) => http.Request.ContentLength > options.MaxRequestBodyBytes ? TooLargeAsync(http, options) : next());
        return app;
    }

    /// <summary>After authentication, so a signed-in caller is limited as who they are.</summary>
    public static WebApplication UseCallerRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>A partner system or a user is limited by who they are in their partnership; anyone not signed in, by address.</summary>
    public static string CallerOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(PartnershipClaims.Subject) is { } subject
            ? $"{(http.User.IsInRole(Roles.PartnerSystem) ? "client" : "user")}:{http.User.FindFirstValue(PartnershipClaims.Partnership)}/{subject}"
            : $"address:{http.Connection.RemoteIpAddress}";

    private static Task TooLargeAsync(HttpContext http, GatewayOptions options)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return http.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 413, Title = "The request is too large.", Detail = $"A request body is at most {options.MaxRequestBodyBytes} bytes." },
            options: null, contentType: "application/problem+json");
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new ProblemDetails { Status = 429, Title = "Too many requests.", Detail = $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds." },
            options: null, contentType: "application/problem+json", cancellationToken: cancellationToken);
    }

    // The API returns data, never pages: nothing may frame it, run script in it, or guess its type. The API reference
    // page at /docs runs its own script from a CDN; the staff pages (the web front end and the sign-in pages) load
    // only their own scripts, styles and fonts, post forms only to this site, and are never framed.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; font-src 'self' https://fonts.gstatic.com; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    private const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var path = http.Request.Path;
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";

            // Answers and pages carry partnership and case data: no browser or proxy may keep them. Static files set
            // their own caching upstream, and keep it.
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            headers.ContentSecurityPolicy =
                path.StartsWithSegments("/docs") || path.StartsWithSegments("/openapi") ? DocsPolicy
                : path.StartsWithSegments("/api") || path.StartsWithSegments("/connect/token") || path.StartsWithSegments("/.well-known") ? ApiPolicy
                : PagePolicy;
            return Task.CompletedTask;
        });
        return next();
    }
}
