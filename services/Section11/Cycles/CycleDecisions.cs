using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Cycles;

public sealed record OpenSection11Cycle(int? Year, DateOnly? Deadline, string? Framework = null, string? Scheme = null);

public static class CycleDecisions
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>
    /// A cycle needs a year and a deadline that has not passed; the deadline may fall in the cycle's year
    /// or the next (a 2026/27 cycle often closes in spring 2027), no later.
    /// </summary>
    public static ValidationErrors Validate(OpenSection11Cycle command, DateOnly today)
    {
        var framework = BuiltInFrameworks.Find(command.Framework ?? BuiltInFrameworks.Section11.Key);
        var errors = new ValidationErrors()
            .When(framework is not { Kind: FrameworkKind.Section11 }, "framework", "framework must be a Section 11 framework, e.g. \"section-11\".")
            .When(command.Scheme is not null && ScoringSchemes.Find(command.Scheme) is null, "scheme", $"scheme is one of {string.Join(", ", ScoringSchemes.All.Select(s => s.Key))}.")
            .When(command.Year is null, "year", "year is required.")
            .When(command.Year is < FirstYear or > LastYear, "year", $"year must be between {FirstYear} and {LastYear}.")
            .When(command.Deadline is null, "deadline", "deadline is required.")
            .When(command.Deadline < today, "deadline", "deadline must not be in the past.");
        return command is { Year: { } year, Deadline: { } deadline }
            ? errors.When(deadline.Year < year || deadline.Year > year + 1, "deadline", $"deadline must fall in {year} or {year + 1}.")
            : errors;
    }

    /// <summary>One Section 11 cycle a year per partnership.</summary>
    public static Guid IdFor(string partnershipId, int year) =>
        DeterministicGuid.Create(partnershipId, "section11-cycle", year.ToString(CultureInfo.InvariantCulture));

    public static Section11CycleOpened Open(string partnershipId, OpenSection11Cycle command, Actor by, DateTimeOffset now)
    {
        var framework = BuiltInFrameworks.Find(command.Framework ?? BuiltInFrameworks.Section11.Key)!;
        var scheme = ScoringSchemes.Find(command.Scheme ?? framework.DefaultScheme)!;
        return new(IdFor(partnershipId, command.Year!.Value), command.Year.Value, command.Deadline!.Value, framework, scheme, by, now);
    }
}
