using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// A write that lost a race on its event stream: 412 when the caller named the version it expected
/// (If-Match), otherwise 409; a stream created twice is a 409 too. Either way nothing was written.
/// </summary>
public sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            ConcurrencyException when httpContext.Request.Headers.ContainsKey(HeaderNames.IfMatch) =>
                StatusCodes.Status412PreconditionFailed,
            ConcurrencyException
                or ExistingStreamIdCollisionException
                or Marten.Exceptions.ExistingStreamIdCollisionException
                or DocumentAlreadyExistsException => StatusCodes.Status409Conflict,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = "The record was changed by someone else.",
                Detail = "Nothing was saved. Read the record again (its ETag gives the current version) and retry.",
            },
            Exception = exception,
        });
    }
}
