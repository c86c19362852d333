namespace Safeguarding.Web.Api;

/// <summary>What the home page reads from the APIs: only the fields it shows.</summary>
public sealed record OverdueActionDto(Guid ActionId, string What, string Owner, DateOnly DueDate, int DaysOverdue);

public sealed record DeadlineDto(DateOnly Due, string Rule);

public sealed record CycleDto(Guid Id, int Year, DateOnly Deadline, string Stage, IReadOnlyList<Guid> Invited);

public sealed record ProgressUpdateDto(string Progress, string Note, string By, DateTimeOffset At);

public sealed record ActionSourceDto(string Kind, string? Reference, string Description);

public sealed record ActionDto(
    Guid Id, string What, string Why, ActionSourceDto Source, Guid OwnerOrganisationId, DateOnly DueDate, string Status, IReadOnlyList<ProgressUpdateDto> Updates);

public sealed record OrganisationDto(Guid Id, string Name);

public sealed record ContactDto(string Role, string Name, string Email);

public sealed record DirectoryEntryDto(Guid Id, string Name, string Kind, string? SchoolPhase, string? SchoolType, IReadOnlyList<ContactDto> Contacts);

public sealed record StaffUserDto(string Id, string Name);

public sealed record CompletedStageDto(string Stage, DateOnly CompletedOn, string? Note);

public sealed record RecommendationDto(Guid RecommendationId, string Text, Guid OwnerOrganisationId, DateOnly DueDate, string? TestTheme);

public sealed record DeadlineFlagDto(string Deadline, DateOnly Due, bool Missed);

/// <summary>A review as its page shows it (the home page reads the first few fields).</summary>
public sealed record ReviewDetailDto(
    Guid Id, string Kind, string? CaseReference, string Theme, string Summary, DateOnly? AwareOn,
    DeadlineDto? PanelNotificationDue, DateOnly? PanelNotifiedOn, DeadlineDto? RapidReviewDue, string? Decision, string? DecisionRationale, DateOnly? DecidedOn,
    DeadlineDto? FinalReportDue, IReadOnlyList<CompletedStageDto> Stages, IReadOnlyList<RecommendationDto> Recommendations, IReadOnlyList<DeadlineFlagDto> Flags, string? NextStage);

public sealed record BriefingContentDto(
    string Title, string Background, string WhyItMatters, IReadOnlyList<string> Findings, IReadOnlyList<string> WhatWeWillDo, IReadOnlyList<string> QuestionsForReflection, IReadOnlyList<string> Links);

public sealed record BriefingDto(Guid Id, string SourceKind, Guid SourceId, BriefingContentDto Content, DateTimeOffset DraftedAt, DateTimeOffset? PublishedAt);
