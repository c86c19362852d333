using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.ServiceDefaults.Problems;

/// <summary>
/// A request that could not reach the service's database (down, restarting, or refusing connections): 503 with
/// Retry-After, never 500, since the caller did nothing wrong and the same request will work once it is back. A write
/// that failed this way was not committed, so nothing of it was saved; one that was committed and could not be read back
/// says so, without Retry-After, so that it is not sent again (<see cref="SavedButNotReadException"/>). Every service
/// answers so, the event-sourced ones and Identity (EF Core) alike.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        var saved = exception is SavedButNotReadException;
        if (!saved)
        {
            httpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = saved ? "Your change was saved, but the service cannot show it just now." : "The service cannot reach its database just now.",
                Detail = saved ? "Do not send it again: read the record again in a moment." : $"Nothing was saved. Try again in {RetryAfterSeconds} seconds.",
            },
            Exception = exception,
        });
    }

    /// <summary>Whether anything in the chain says the database could not be reached, or refused for a while (starting up, too busy).</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Npgsql's and EF Core's errors are DbExceptions that say themselves whether trying again can work.
            if (e is SocketException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A command's change was committed, and the database went away before it could be read back.</summary>
public sealed class SavedButNotReadException(Exception cause)
    : Exception("The change was saved, and the database went away before it could be read back.", cause);
