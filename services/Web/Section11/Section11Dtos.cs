namespace Safeguarding.Web.Section11;

// What the self-assessment pages read from the Section 11 API: only the fields they show.

public sealed record IndicatorDto(string Number, string Text, string? Guidance);

public sealed record StandardDto(int Number, string Title, IReadOnlyList<IndicatorDto> Indicators);

public sealed record FrameworkDto(string Key, string Name, string Kind, IReadOnlyList<StandardDto> Standards);

public sealed record ScoreDto(string Code, string Label, int Rank);

public sealed record SchemeDto(string Key, string Name, IReadOnlyList<ScoreDto> Scores);

public sealed record CycleDetailDto(Guid Id, int Year, DateOnly Deadline, string Stage, FrameworkDto Framework, SchemeDto Scheme, IReadOnlyList<Guid> Invited);

public sealed record IndicatorAnswerDto(string Indicator, string Score, string? Narrative, bool CarriedForward);

public sealed record StoredFileDto(string FileName, string ContentType, long Size);

public sealed record EvidenceDto(Guid EvidenceId, string Indicator, string Title, string? Description, DateOnly AppliesOn, StoredFileDto? File);

public sealed record ChallengeDto(Guid ChallengeId, string Indicator, string Question, string? Answer);

public sealed record ModeratedScoreDto(string Indicator, string Score, bool Weak, string Rationale);

public sealed record FeedbackSummaryDto(string Summary, DateTimeOffset IssuedAt);

public sealed record SignOffDto(string Role, string Name, DateTimeOffset SignedAt);

public sealed record AssessmentDto(
    Guid CycleId,
    Guid OrganisationId,
    string Status,
    IReadOnlyList<IndicatorAnswerDto> Answers,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<ChallengeDto> Challenges,
    IReadOnlyList<ModeratedScoreDto> Moderated,
    FeedbackSummaryDto? Feedback,
    IReadOnlyList<SignOffDto>? SignOffs = null);

public sealed record CycleReturnDto(Guid OrganisationId, string State, int Answered, int Indicators, DateTimeOffset? SubmittedAt, int Reminders, DateTimeOffset? LastRemindedAt, string? NonReturnReason);
