using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Briefings;

/// <summary>The "7-minute briefing": background, why it matters, findings, what we will do, questions for reflection, links.</summary>
[NotPersonal("A briefing is written for every member of staff to read: checked for identifiers at the door, it holds nothing about a person.")]
public sealed record BriefingContent(
    string Title, string Background, string WhyItMatters, IReadOnlyList<string> Findings, IReadOnlyList<string> WhatWeWillDo,
    IReadOnlyList<string> QuestionsForReflection, IReadOnlyList<string> Links);

[KeptAs(RecordKind.Briefings, Policies.ReadReviews)]
public sealed record BriefingDrafted(Guid BriefingId, BriefingSourceKind SourceKind, Guid SourceId, BriefingContent Content, Actor By, DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.Briefings, Policies.ReadReviews)]
public sealed record BriefingRevised(Guid BriefingId, BriefingContent Content, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Published to the partnership: every organisation's staff may read it from now on.</summary>
[KeptAs(RecordKind.Briefings, Policies.ReadReviews)]
public sealed record BriefingPublished(
    Guid BriefingId,
    BriefingSourceKind SourceKind,
    Guid SourceId,
    [NotPersonal("The briefing's title, for every member of staff.")] string Title,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
