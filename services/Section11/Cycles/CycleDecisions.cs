using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Cycles;

public sealed record OpenSection11Cycle(
    [Required, Range(CycleDecisions.FirstYear, CycleDecisions.LastYear)] int? Year,
    [Required, DateWindow(From = DateBound.Today, Because = "it falls in the cycle's year or the next")] DateOnly? Deadline,
    [OneOf(typeof(BuiltInFrameworks), nameof(BuiltInFrameworks.Keys))] string? Framework = null,
    [OneOf(typeof(ScoringSchemes), nameof(ScoringSchemes.Keys))] string? Scheme = null);

public static class CycleDecisions
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>
    /// A cycle needs a year and a deadline that has not passed; the deadline may fall in the cycle's year
    /// or the next (a 2026/27 cycle often closes in spring 2027), no later.
    /// </summary>
    public static ValidationErrors Validate(OpenSection11Cycle command, DateOnly today, SelfAssessmentKind kind = SelfAssessmentKind.Section11)
    {
        var framework = BuiltInFrameworks.Find(command.Framework ?? DefaultFramework(kind).Key);
        var errors = new ValidationErrors().Check(command, today)
            .When(framework?.Kind != kind, "framework", $"framework must be a {kind} framework, e.g. \"{DefaultFramework(kind).Key}\".");
        return command is { Year: { } year, Deadline: { } deadline } && !errors.Names("deadline")
            ? errors.When(deadline.Year < year || deadline.Year > year + 1, "deadline", $"deadline must fall in {year} or {year + 1}.")
            : errors;
    }

    public static Framework DefaultFramework(SelfAssessmentKind kind) => kind == SelfAssessmentKind.Section175 ? BuiltInFrameworks.Section175 : BuiltInFrameworks.Section11;

    /// <summary>One Section 11 cycle and one Section 175 cycle a year per partnership.</summary>
    public static Guid IdFor(string partnershipId, int year, SelfAssessmentKind kind = SelfAssessmentKind.Section11) =>
        DeterministicGuid.Create(partnershipId, kind == SelfAssessmentKind.Section175 ? "section175-cycle" : "section11-cycle", year.ToString(CultureInfo.InvariantCulture));

    public sealed record InviteOrganisations([Required(ErrorMessage = "Invite at least one organisation."), Length(1, MaxInvitations, ErrorMessage = "Invite 1 to 500 organisations at a time.")] IReadOnlyList<Guid>? OrganisationIds);

    public const int MaxInvitations = 500;

    /// <summary>Agencies are invited to a Section 11 cycle, schools to a Section 175 one; each once.</summary>
    public static Decision Invite(Section11Cycle cycle, InviteOrganisations c, IReadOnlyDictionary<Guid, OrganisationKind> directory, Actor by, DateTimeOffset now)
    {
        if (cycle.Stage == CycleStage.Closed)
        {
            return Decision.Refuse("The cycle is closed.");
        }

        var ids = c.OrganisationIds ?? [];
        var errors = new ValidationErrors().Check(c);
        var repeated = ids.RepeatedAt(id => id);
        for (var i = 0; i < ids.Count; i++)
        {
            var field = $"organisationIds[{i}]";
            if (!directory.TryGetValue(ids[i], out var kind))
            {
                errors.Add(field, "Not an organisation in the partnership directory.");
                continue;
            }

            errors.When((cycle.Framework.Kind == SelfAssessmentKind.Section175) != (kind == OrganisationKind.School), field,
                    cycle.Framework.Kind == SelfAssessmentKind.Section175 ? "A Section 175 cycle invites schools." : "A Section 11 cycle invites agencies, not schools.")
                .When(cycle.Invited.Contains(ids[i]) || repeated.Contains(i), field, "Already invited.");
        }

        return Decision.From(errors, () => Decision.Accept(new OrganisationsInvited(cycle.Id, [.. ids], by, now, cycle.Framework.Kind, cycle.Year, cycle.Deadline)));
    }

    public static Section11CycleOpened Open(string partnershipId, OpenSection11Cycle command, Actor by, DateTimeOffset now, SelfAssessmentKind kind = SelfAssessmentKind.Section11)
    {
        var framework = BuiltInFrameworks.Find(command.Framework ?? DefaultFramework(kind).Key)!;
        var scheme = ScoringSchemes.Find(command.Scheme ?? framework.DefaultScheme)!;
        return new(IdFor(partnershipId, command.Year!.Value, kind), command.Year.Value, command.Deadline!.Value, framework, scheme, by, now);
    }
}
