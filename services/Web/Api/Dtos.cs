namespace Safeguarding.Web.Api;

/// <summary>What the home page reads from the APIs: only the fields it shows.</summary>
public sealed record OverdueActionDto(Guid ActionId, string What, string Owner, DateOnly DueDate, int DaysOverdue);

public sealed record DeadlineDto(DateOnly Due, string Rule);

public sealed record ReviewDto(Guid Id, string Kind, string Theme, DeadlineDto? PanelNotificationDue, DateOnly? PanelNotifiedOn, DeadlineDto? RapidReviewDue, string? Decision);

public sealed record CycleDto(Guid Id, int Year, DateOnly Deadline, string Stage, IReadOnlyList<Guid> Invited);

public sealed record ProgressUpdateDto(string Progress, string Note, string By, DateTimeOffset At);

public sealed record ActionSourceDto(string Kind, string? Reference, string Description);

public sealed record ActionDto(
    Guid Id, string What, string Why, ActionSourceDto Source, Guid OwnerOrganisationId, DateOnly DueDate, string Status, IReadOnlyList<ProgressUpdateDto> Updates);

public sealed record OrganisationDto(Guid Id, string Name);

public sealed record ContactDto(string Role, string Name, string Email);

public sealed record DirectoryEntryDto(Guid Id, string Name, string Kind, string? SchoolPhase, string? SchoolType, IReadOnlyList<ContactDto> Contacts);

public sealed record StaffUserDto(string Id, string Name);
