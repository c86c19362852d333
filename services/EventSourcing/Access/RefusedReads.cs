using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Access;

/// <summary>
/// A read the access log guards that is refused by role before its endpoint runs (an agency auditor asking for an
/// audit's list, a board member for a review) is recorded as a refused read, as a refusal by the endpoint itself is:
/// what a person tried to see is in the record whichever check stopped them. A caller of no partnership (the platform
/// operator) has no partnership's log to be written in.
/// </summary>
public sealed class RefusedReads : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && context.GetEndpoint()?.Metadata.GetMetadata<RecordedAccess>() is { } access
            && context.User.FindFirstValue(PartnershipClaims.Partnership) is { Length: > 0 })
        {
            await AccessLog.RecordAsync(context, access.Kind, refused: true);
        }

        await _answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
