using Marten;

namespace Safeguarding.Audit.Tools;

public static class ToolVersions
{
    /// <summary>
    /// A built-in tool, or one of the partnership's own at its latest version or at an earlier one.
    /// Null when the partnership has no such tool or version.
    /// </summary>
    public static async Task<AuditTool?> FindAsync(IQuerySession session, Guid id, long? version, CancellationToken cancellationToken)
    {
        if (BuiltInTools.Find(id) is { } builtIn)
        {
            return version is null or BuiltInTools.Version ? builtIn : null;
        }

        if (version is null)
        {
            return await session.LoadAsync<AuditTool>(id, cancellationToken);
        }

        var tool = await session.Events.AggregateStreamAsync<AuditTool>(id, version: version.Value, token: cancellationToken);
        return tool is not null && tool.Version == version ? tool : null;
    }
}
