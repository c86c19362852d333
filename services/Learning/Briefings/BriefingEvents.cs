using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Learning.Briefings;

/// <summary>The "7-minute briefing": background, why it matters, findings, what we will do, questions for reflection, links.</summary>
public sealed record BriefingContent(
    string Title, string Background, string WhyItMatters, IReadOnlyList<string> Findings, IReadOnlyList<string> WhatWeWillDo,
    IReadOnlyList<string> QuestionsForReflection, IReadOnlyList<string> Links);

public sealed record BriefingDrafted(Guid BriefingId, BriefingSourceKind SourceKind, Guid SourceId, BriefingContent Content, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record BriefingRevised(Guid BriefingId, BriefingContent Content, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Published to the partnership: every organisation's staff may read it from now on.</summary>
public sealed record BriefingPublished(Guid BriefingId, BriefingSourceKind SourceKind, Guid SourceId, string Title, Actor By, DateTimeOffset At) : IDomainEvent;
