using Microsoft.AspNetCore.Http.HttpResults;

namespace Safeguarding.Gateway;

public static class UnknownRoute
{
    public static ProblemHttpResult NotFound(HttpRequest request) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "There is nothing at this address.",
            detail: $"{request.Method} {request.Path} matches no API area. The API documents are listed at /docs.");
}
