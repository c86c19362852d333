using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Audit.Tools;

public sealed record ToolOrigin(Guid ToolId, long Version);

/// <summary>An audit tool: a built-in one, or a partnership's own stream of versions (the read model of its latest).</summary>
public sealed record AuditTool(Guid Id, ToolTemplate Template, bool IsBuiltIn, ToolOrigin? CopiedFrom) : IVersioned
{
    public long Version { get; init; }

    public static AuditTool BuiltIn(Guid id, ToolTemplate template) => new(id, template, true, null) { Version = BuiltInTools.Version };

    public static AuditTool Create(AuditToolCopied copied) =>
        new(copied.ToolId, copied.Template, false, new ToolOrigin(copied.CopiedFromToolId, copied.CopiedFromVersion));

    public AuditTool Apply(AuditToolRevised revised) => this with { Template = revised.Template };
}
