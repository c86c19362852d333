using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// A request body is small unless its endpoint says otherwise: 1 MB holds the largest JSON request any service takes,
/// and an upload endpoint names its own limit (<c>RequestSizeLimit</c> metadata). A declared length over the limit is
/// refused before anything reads the body; a body sent without one is cut off by the server at the same limit.
/// </summary>
public static class RequestSizes
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static WebApplication UseRequestSizeLimits(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBytes;
            if (http.Request.ContentLength > limit)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request is too large.",
                    detail: $"This operation accepts a body of at most {limit} bytes.").ExecuteAsync(http);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }

            await next(http);
        });
        return app;
    }
}
