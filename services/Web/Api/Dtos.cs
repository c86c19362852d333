namespace Safeguarding.Web.Api;

/// <summary>What the home page reads from the APIs: only the fields it shows.</summary>
public sealed record OverdueActionDto(Guid ActionId, string What, string Owner, DateOnly DueDate, int DaysOverdue);

public sealed record DeadlineDto(DateOnly Due, string Rule);

public sealed record ReviewDto(Guid Id, string Kind, string Theme, DeadlineDto? PanelNotificationDue, DateOnly? PanelNotifiedOn, DeadlineDto? RapidReviewDue, string? Decision);

public sealed record CycleDto(Guid Id, int Year, DateOnly Deadline, string Stage, IReadOnlyList<Guid> Invited);
