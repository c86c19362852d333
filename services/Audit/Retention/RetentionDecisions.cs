using System.ComponentModel.DataAnnotations;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Retention;

public sealed record RetentionPeriodInput([Required] RecordKind? Kind, [Required, Range(1, RetentionDecisions.MaxYears)] int? Years);

/// <summary>Set the partnership's retention periods; a kind not listed keeps its default.</summary>
public sealed record SetRetentionPeriods([Required, MaxLength(RetentionDecisions.MaxPeriods)] IReadOnlyList<RetentionPeriodInput>? Periods);

/// <summary>Erase the listed cases, each past its retention period: the coordinator's confirmation of the list.</summary>
public sealed record EraseDueCases(
    [Required, MinLength(1), MaxLength(RetentionDecisions.MaxErasures), ItemLength(PseudonymousKey.MaxLength)] IReadOnlyList<string>? CaseKeys);

/// <summary>A case whose audit ended longer ago than the partnership keeps case material: due to be erased.</summary>
public sealed record DueCase(string CaseKey, Guid AuditId, string Theme, int Year, DateOnly EndedOn, DateOnly KeptUntil);

public static class RetentionDecisions
{
    public const int MaxYears = 100;
    public const int MaxPeriods = 20;
    public const int MaxErasures = 100;

    public static Decision Set(Guid scheduleId, SetRetentionPeriods command, Actor by, DateTimeOffset at)
    {
        var errors = new ValidationErrors().Check(command);
        var periods = command.Periods ?? [];
        for (var i = 0; i < periods.Count; i++)
        {
            errors.When(periods.Take(i).Any(p => p.Kind == periods[i].Kind), $"periods[{i}].kind", "Each kind of record has one period.");
        }

        return Decision.From(errors, () => Decision.Accept(new RetentionPeriodsSet(scheduleId, [.. periods.Select(p => new RetentionPeriod(p.Kind!.Value, p.Years!.Value))], by, at)));
    }

    /// <summary>
    /// Every case of an ended audit kept past the partnership's period for case material, and not erased already (an
    /// erased case is known only by the key its erasure left).
    /// </summary>
    public static IReadOnlyList<DueCase> Due(IEnumerable<MultiAgencyAudit> audits, RetentionSchedule? schedule, IReadOnlySet<string> erasedAs, DateOnly today)
    {
        var years = RetentionSchedule.YearsFor(schedule, RecordKind.AuditCaseMaterial);
        return
        [
            .. from audit in audits
               where audit.EndedAt is { }
               let ended = DateOnly.FromDateTime(audit.EndedAt!.Value.UtcDateTime)
               let keptUntil = ended.AddYears(years)
               where keptUntil < today
               from sampled in audit.Cases
               where !erasedAs.Contains(sampled.CaseKey)
               orderby keptUntil, sampled.CaseKey
               select new DueCase(sampled.CaseKey, audit.Id, audit.Theme, audit.Year, ended, keptUntil),
        ];
    }

    /// <summary>
    /// Tell the coordinator when a case is due that was not due when the check last told them: one whose period ended
    /// since (on or after that day), or any case once the periods have changed. Cases left on the list are not news.
    /// </summary>
    public static IReadOnlyList<CasesFoundPastRetention> Announce(Guid scheduleId, RetentionSchedule? schedule, IReadOnlyList<DueCase> due, DateTimeOffset now) =>
        due.Any(d => schedule?.AnnouncedOn is not { } on || d.KeptUntil >= on)
            ? [new CasesFoundPastRetention(scheduleId, due.Count, DateOnly.FromDateTime(now.UtcDateTime), Actor.System, now)]
            : [];

    /// <summary>One erasure per listed case, each of which must be due: a list confirmed is the list the coordinator was shown.</summary>
    public static Decision Erase(EraseDueCases command, IReadOnlyList<DueCase> due, Func<Guid> newId, Actor by, DateTimeOffset at)
    {
        var errors = new ValidationErrors().Check(command);
        // A list over the limit is refused before any key is looked up.
        var keys = errors.IsValid ? command.CaseKeys! : [];
        for (var i = 0; i < keys.Count; i++)
        {
            errors.When(keys.Take(i).Contains(keys[i]), $"caseKeys[{i}]", "Each case is listed once.")
                .When(due.All(d => d.CaseKey != keys[i]), $"caseKeys[{i}]", "This case is not past its retention period, or is erased already.");
        }

        return Decision.From(errors, () => Decision.Accept([.. keys.Select(key => CaseErasureDecisions.Requested(newId(), key, by, at))]));
    }
}
