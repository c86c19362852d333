using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Messaging;

/// <summary>The platform operator's view of the service's failed messages, and their replay once the cause is fixed.</summary>
public static class FailedMessageEndpoints
{
    public const string Path = "/api/operations/failed-messages";

    public static WebApplication MapFailedMessages(this WebApplication app)
    {
        var service = app.Services.GetRequiredService<FailedMessages>().Service;
        var operations = app.MapGroup($"{Path}/{service}").WithTags("Operations").RequireAuthorization(Policies.OperateService);
        operations.MapGet("/", ListFailedMessages);
        operations.MapPost("/replay", ReplayFailedMessages);
        return app;
    }

    /// <summary>Each of the service's error queues: how many messages wait there, and why the oldest failed.</summary>
    public static Task<Results<Ok<FailedMessageQueues>, ProblemHttpResult>> ListFailedMessages(
        FailedMessages failed, HttpResponse response, CancellationToken cancellationToken) =>
        WhileTheBrokerAnswersAsync(() => failed.ListAsync(cancellationToken), response);

    /// <summary>Moves every failed message back into its consumer's queue, once; consumers skip what they already applied.</summary>
    public static Task<Results<Ok<FailedMessagesReplayed>, ProblemHttpResult>> ReplayFailedMessages(
        FailedMessages failed, HttpResponse response, CancellationToken cancellationToken) =>
        WhileTheBrokerAnswersAsync(async () => new FailedMessagesReplayed(await failed.ReplayAsync(cancellationToken)), response);

    private static async Task<Results<Ok<T>, ProblemHttpResult>> WhileTheBrokerAnswersAsync<T>(Func<Task<T>> work, HttpResponse response)
    {
        try
        {
            return TypedResults.Ok(await work());
        }
        catch (Exception ex) when (FailedMessages.IsBrokerUnreachable(ex))
        {
            response.Headers.RetryAfter = "5";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The message broker cannot be reached.",
                detail: "Nothing was moved. Try again when the broker is back.");
        }
    }
}
