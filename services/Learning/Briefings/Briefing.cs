using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Http;

namespace Safeguarding.Learning.Briefings;

/// <summary>One learning briefing, drafted from an audit or a review, edited, then published; kept inline as its read model.</summary>
public sealed record Briefing(Guid Id, BriefingSourceKind SourceKind, Guid SourceId, BriefingContent Content, DateTimeOffset DraftedAt) : IVersioned
{
    public long Version { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public bool IsPublished => PublishedAt is not null;

    public static Briefing Create(BriefingDrafted drafted) => new(drafted.BriefingId, drafted.SourceKind, drafted.SourceId, drafted.Content, drafted.At);

    public Briefing Apply(BriefingRevised revised) => this with { Content = revised.Content };

    public Briefing Apply(BriefingPublished published) => this with { PublishedAt = published.At };
}
