using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.EventSourcing.Http;

/// <summary>A read model that knows the version of the stream it was built from (Marten fills it in).</summary>
public interface IVersioned
{
    long Version { get; }
}

public static class VersionedResults
{
    /// <summary>The read model with its version as ETag, or 404 when the caller's partnership has no such record.</summary>
    public static async Task<Results<Ok<T>, NotFound>> LoadAsync<T>(
        IQuerySession session, Guid id, HttpResponse response, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var model = await session.LoadAsync<T>(id, cancellationToken);
        if (model is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(model.Version);
        return TypedResults.Ok(model);
    }
}
