using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Programme.Programmes;

public sealed record CreateProgramme(int? Year);

public sealed record ScheduleThematicAudit(int? Quarter, string? Theme, IReadOnlyList<CaseCategory>? Categories);

public static class ProgrammeDecisions
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxThemeLength = 200;

    public static ValidationErrors Validate(CreateProgramme command) =>
        new ValidationErrors()
            .When(command.Year is null, "year", "year is required.")
            .When(command.Year is < FirstYear or > LastYear, "year", $"year must be between {FirstYear} and {LastYear}.");

    /// <summary>One programme a year per partnership: the id is derived from both, so a second one cannot be created.</summary>
    public static Guid IdFor(string partnershipId, int year) =>
        DeterministicGuid.Create(partnershipId, "audit-programme", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static AuditProgrammeCreated Create(string partnershipId, CreateProgramme command, Actor by, DateTimeOffset now) =>
        new(IdFor(partnershipId, command.Year!.Value), command.Year.Value, by, now);

    public static ValidationErrors Validate(AuditProgramme programme, ScheduleThematicAudit command)
    {
        var errors = new ValidationErrors()
            .When(command.Quarter is null, "quarter", "quarter is required.")
            .When(command.Quarter is < 1 or > 4, "quarter", "quarter must be 1, 2, 3 or 4.")
            .RequireText(command.Theme, "theme", MaxThemeLength)
            .When(command.Categories is null || command.Categories.Count == 0, "categories", "categories must name at least one case category.")
            .When(command.Categories is not null && command.Categories.Distinct().Count() != command.Categories.Count, "categories", "categories must not repeat.");

        var duplicate = programme.Audits.Any(a =>
            a.Quarter == command.Quarter && string.Equals(a.Theme, command.Theme?.Trim(), StringComparison.OrdinalIgnoreCase));
        return errors.When(duplicate, "theme", $"A thematic audit of this theme is already scheduled in quarter {command.Quarter}.")
            .When(programme.Status != AuditProgramme.Draft, "status", "Only a draft programme can be changed.");
    }

    public static ThematicAuditScheduled Schedule(AuditProgramme programme, ScheduleThematicAudit command, Guid auditId, Actor by, DateTimeOffset now) =>
        new(programme.Id, auditId, programme.Year, command.Quarter!.Value, command.Theme!.Trim(), [.. command.Categories!], by, now);
}
