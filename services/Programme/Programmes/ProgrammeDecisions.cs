using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Programmes;

public sealed record CreateProgramme([Required, Range(ProgrammeDecisions.FirstYear, ProgrammeDecisions.LastYear)] int? Year);

/// <summary>The shortcut for the commonest item: a quarterly thematic multi-agency audit.</summary>
public sealed record ScheduleThematicAudit(
    [Required, Range(1, 4)] int? Quarter,
    [Required, StringLength(ProgrammeDecisions.MaxThemeLength)] string? Theme,
    [Required, Length(1, ProgrammeDecisions.MaxCategories)] IReadOnlyList<CaseCategory>? Categories);

/// <summary>An item sits in a quarter, or between dates; audits name their case categories.</summary>
public sealed record ItemInput(
    [Required] ScheduledItemKind? Kind,
    [Range(1, 4)] int? Quarter,
    [DateWindow(Because = ProgrammeDecisions.InTheYears)] DateOnly? Starts,
    [DateWindow(NotBefore = nameof(Starts), Because = ProgrammeDecisions.InTheYears)] DateOnly? Ends,
    [Required, StringLength(ProgrammeDecisions.MaxThemeLength)] string? Theme,
    [MaxLength(ProgrammeDecisions.MaxCategories)] IReadOnlyList<CaseCategory>? Categories,
    [StringLength(ProgrammeDecisions.MaxThemeLength)] string? Lead = null,
    Guid? PriorityId = null);

public sealed record RemoveItem([Required, StringLength(1000)] string? Reason);

public static class ProgrammeDecisions
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const string InTheYears = "it falls in the programme's year or the next";
    public const int MaxThemeLength = 200;

    /// <summary>Each case category at most once.</summary>
    public const int MaxCategories = 4;

    public static ValidationErrors Validate(CreateProgramme command) =>
        new ValidationErrors().Check(command);

    /// <summary>One programme a year per partnership: the id is derived from both, so a second one cannot be created.</summary>
    public static Guid IdFor(string partnershipId, int year) =>
        DeterministicGuid.Create(partnershipId, "audit-programme", year.ToString(CultureInfo.InvariantCulture));

    public static AuditProgrammeCreated Create(string partnershipId, CreateProgramme command, Actor by, DateTimeOffset now) =>
        new(IdFor(partnershipId, command.Year!.Value), command.Year.Value, by, now);

    public static ItemInput ToItem(ScheduleThematicAudit c) => new(ScheduledItemKind.ThematicAudit, c.Quarter, null, null, c.Theme, c.Categories);

    /// <summary>An item sits in a quarter or between dates in the programme's year (or early the next); audits name their categories.</summary>
    public static ValidationErrors Validate(AuditProgramme programme, ItemInput c, Guid? itemBeingChanged = null)
    {
        var errors = new ValidationErrors().Check(c);
        errors.When(c.Quarter is null && (c.Starts is null || c.Ends is null), "quarter", "quarter is required, unless starts and ends are given.")
            .When(!errors.Names("starts") && !InProgrammeYears(programme, c.Starts), "starts", $"starts must fall in {programme.Year} or {programme.Year + 1}.")
            .When(!errors.Names("ends") && !InProgrammeYears(programme, c.Ends), "ends", $"ends must fall in {programme.Year} or {programme.Year + 1}.")
            .When(c.Kind is ScheduledItemKind.ThematicAudit or ScheduledItemKind.GeneralAudit && c.Categories is not { Count: > 0 }, "categories", "An audit names at least one case category.")
            .When(c.Categories is not null && c.Categories.Distinct().Count() != c.Categories.Count, "categories", "categories must not repeat.");

        var duplicate = programme.Items.Any(i => i.ItemId != itemBeingChanged && i.Kind == c.Kind && i.Quarter == c.Quarter && c.Quarter is not null
            && string.Equals(i.Theme, c.Theme?.Trim(), StringComparison.OrdinalIgnoreCase));
        return errors.When(duplicate, "theme", $"A {c.Kind} on this theme is already scheduled in quarter {c.Quarter}.");
    }

    private static bool InProgrammeYears(AuditProgramme programme, DateOnly? date) =>
        date is not { } d || (d.Year >= programme.Year && d.Year <= programme.Year + 1);

    private static ProgrammeItem Item(Guid itemId, ItemInput c) =>
        new(itemId, c.Kind!.Value, c.Quarter, c.Starts, c.Ends, c.Theme!.Trim(), [.. c.Categories ?? []], string.IsNullOrWhiteSpace(c.Lead) ? null : c.Lead.Trim(), c.PriorityId);

    public static Decision Schedule(AuditProgramme programme, ItemInput c, Guid itemId, Actor by, DateTimeOffset now) =>
        Decision.From(Validate(programme, c), () => Decision.Accept(new ProgrammeItemScheduled(programme.Id, programme.Year, Item(itemId, c), by, now)));

    public static Decision Change(AuditProgramme programme, Guid itemId, ItemInput c, Actor by, DateTimeOffset now)
    {
        if (programme.Items.FirstOrDefault(i => i.ItemId == itemId) is not { } item)
        {
            return Decision.Reject(new ValidationErrors().Add("itemId", "The programme has no such item."));
        }

        return item.IsAudit && c.Kind != item.Kind
            ? Decision.Refuse("An audit stays an audit of its kind once scheduled: remove it and schedule another item instead.")
            : Decision.From(Validate(programme, c, itemId), () => Decision.Accept(new ProgrammeItemChanged(programme.Id, programme.Year, Item(itemId, c), by, now)));
    }

    public static Decision Remove(AuditProgramme programme, Guid itemId, RemoveItem c, Actor by, DateTimeOffset now) =>
        programme.Items.FirstOrDefault(i => i.ItemId == itemId) is not { } item
            ? Decision.Reject(new ValidationErrors().Add("itemId", "The programme has no such item."))
            : Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new ProgrammeItemRemoved(programme.Id, itemId, c.Reason!.Trim(), by, now, item.Kind, programme.Year)));

    /// <summary>
    /// A default year for an empty draft: a thematic audit each quarter on the most recent accepted priorities, the
    /// annual general audit, and the Section 11 and Section 175 cycles. The coordinator edits it from there.
    /// </summary>
    public static Decision Generate(AuditProgramme programme, IReadOnlyList<Priority> acceptedPriorities, Func<Guid> newId, Actor by, DateTimeOffset now)
    {
        if (programme.Items.Count > 0)
        {
            return Decision.Refuse("Generate proposes a schedule for an empty draft; this one already has items.");
        }

        CaseCategory[] allCategories = [.. Enum.GetValues<CaseCategory>()];
        var themes = acceptedPriorities.Where(p => p.Status == PriorityStatus.Accepted).OrderByDescending(p => p.DecidedAt).Take(4).ToList();
        var thematic = Enumerable.Range(1, 4).Select(quarter => themes.ElementAtOrDefault(quarter - 1) is { } priority
            ? new ProgrammeItem(newId(), ScheduledItemKind.ThematicAudit, quarter, null, null, priority.Details.Theme,
                priority.Details.Category is { } category ? [category] : allCategories, null, priority.Id)
            : new ProgrammeItem(newId(), ScheduledItemKind.ThematicAudit, quarter, null, null, "Theme to be agreed", allCategories, null, null));
        ProgrammeItem[] annual =
        [
            new(newId(), ScheduledItemKind.GeneralAudit, 3, null, null, "General multi-agency case audit", allCategories, null, null),
            new(newId(), ScheduledItemKind.Section11Cycle, 1, null, null, "Section 11 self-assessment", [], null, null),
            new(newId(), ScheduledItemKind.Section175Cycle, 2, null, null, "Section 175 / 157 schools self-assessment", [], null, null),
        ];

        return Decision.Accept([.. thematic.Concat(annual).Select(item => new ProgrammeItemScheduled(programme.Id, programme.Year, item, by, now))]);
    }

    public static Decision Publish(AuditProgramme programme, Actor by, DateTimeOffset now) =>
        programme switch
        {
            { Status: ProgrammeStatus.Published } => Decision.Refuse($"Version {programme.Published.Count} is already published and nothing has changed since."),
            { Items.Count: 0 } => Decision.Refuse("An empty programme cannot be published."),
            _ => Decision.Accept(new ProgrammePublished(programme.Id, programme.Year, programme.Published.Count + 1, programme.Items, by, now)),
        };

    /// <summary>When an item is due: the end of its quarter of the programme year, or its end date.</summary>
    public static DateOnly DueDate(int year, ProgrammeItem item) =>
        item.Ends ?? new DateOnly(year, item.Quarter!.Value * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>Items past their due date and neither done nor already flagged; the check can run as often as it likes.</summary>
    public static IReadOnlyList<ProgrammeItemOverdue> Overdue(AuditProgramme programme, DateTimeOffset now) =>
    [
        .. programme.LateOn(DateOnly.FromDateTime(now.UtcDateTime))
            .Select(i => new ProgrammeItemOverdue(programme.Id, i.ItemId, i.Kind, i.Theme, DueDate(programme.Year, i), Actor.System, now, programme.Year)),
    ];

    /// <summary>The owning service closed the item's audit or cycle; heard twice, it is still done once.</summary>
    public static IReadOnlyList<ProgrammeItemCompleted> Complete(AuditProgramme programme, Guid itemId, string completedBy, DateTimeOffset at) =>
        programme.Items.Any(i => i.ItemId == itemId) && programme.StatusOf(itemId) != ItemStatus.Done
            ? [new ProgrammeItemCompleted(programme.Id, itemId, completedBy, Actor.System, at)]
            : [];
}
