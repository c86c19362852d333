using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// Every step of the audit flow chart as a pure function of the audit's state: each is allowed in named stages
/// only (otherwise 409 with the reason), and its input is checked field by field (otherwise 400).
/// </summary>
public static partial class AuditDecisions
{
    public const int MaxThemeLength = 200;
    public const int MaxQuestionLength = 500;
    public const int MaxQuestions = 10;
    public const int MaxLookBackMonths = 36;
    public const int MaxPanel = 30;
    public const int MaxAttendees = 100;
    public const int MaxFindings = 50;
    public const string QuestionCount = "The audit needs 1 to 10 questions.";
    public const string KnewTheChild = "Name at least one organisation that knew the child, by its id.";

    /// <summary>Organisations are those of the partnership directory, as Audit's copy of it knows them.</summary>
    public const string Unknown = "Not an organisation in the partnership directory: register it there first (or wait a moment if you just did).";

    /// <summary>
    /// A scheduled audit opens in scoping under the id the programme gave it, so the same schedule heard twice
    /// is the same audit. Who scheduled it and when travel with it.
    /// </summary>
    public static AuditOpened Open(AuditScheduled scheduled) =>
        new(scheduled.AuditId, scheduled.ProgrammeId, scheduled.Year, scheduled.Quarter, scheduled.Theme.Value,
            [.. scheduled.Categories], scheduled.Actor, scheduled.OccurredAt);

    public static Decision AgreeTerms(MultiAgencyAudit audit, AgreeTermsOfReference c, AuditTool? tool, IReadOnlySet<Guid> directory, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.AgreeTerms)
        ?? Decision.From(ValidateTerms(c, tool, directory, DateOnly.FromDateTime(now.UtcDateTime)), () => Decision.Accept(new TermsOfReferenceAgreed(
            audit.Id,
            new TermsOfReference(
                c.Theme!.Trim(),
                [.. c.Questions!.Select(q => q.Trim())],
                c.LookBackMonths!.Value,
                tool!.Id,
                tool.Version,
                tool.Template,
                c.ReturnsDue!.Value,
                c.MeetingDate!.Value,
                c.ReportDue!.Value,
                new CategoryMix(c.CategoryMix!.EarlyHelp ?? 0, c.CategoryMix.ChildInNeed ?? 0, c.CategoryMix.ChildProtection ?? 0, c.CategoryMix.LookedAfterChild ?? 0),
                [.. (c.Panel ?? []).Distinct()]),
            by,
            now)));

    public static ValidationErrors ValidateTerms(AgreeTermsOfReference c, AuditTool? tool, IReadOnlySet<Guid> directory, DateOnly today)
    {
        var errors = new ValidationErrors().Check(c, today)
            .When(c.ToolId is not null && tool is null, "toolId", "There is no such tool (or no such version of it).")
            .When(c.Panel?.Any(id => !directory.Contains(id)) == true, "panel", Unknown);
        if (c.CategoryMix is not { } mix)
        {
            return errors;
        }

        int?[] counts = [mix.EarlyHelp, mix.ChildInNeed, mix.ChildProtection, mix.LookedAfterChild];
        return errors
            .When(counts.Sum(n => n ?? 0) is < CaseSampleRules.MinCases or > CaseSampleRules.MaxCases, "categoryMix",
                $"The sample holds {CaseSampleRules.MinCases} to {CaseSampleRules.MaxCases} cases in all.");
    }

    public static Decision SelectCases(MultiAgencyAudit audit, SelectCases c, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.SelectCases)
        ?? Decision.From(ValidateCases(c, audit.Terms!.CategoryMix), () => Decision.Accept(new CasesSelected(
            audit.Id,
            [.. c.Cases!.Select(x => new SampledCase(x.CaseKey!, x.Category!.Value, CaseSampleRules.ToProfile(x.Profile!)))],
            by,
            now)));

    public static ValidationErrors ValidateCases(SelectCases c, CategoryMix mix)
    {
        var cases = c.Cases ?? [];
        var errors = new ValidationErrors().Check(c);
        if (cases.Any(x => x is null))
        {
            return errors;
        }

        var repeated = cases.RepeatedAt(x => x.CaseKey);
        for (var i = 0; i < cases.Count; i++)
        {
            var at = $"cases[{i}]";
            if (CaseSampleRules.CaseKeyProblem(cases[i].CaseKey) is { } problem)
            {
                errors.Add($"{at}.caseKey", problem);
            }

            errors.When(repeated.Contains(i), $"{at}.caseKey", "Case keys must be unique within the sample.");
        }

        foreach (var category in Enum.GetValues<CaseCategory>())
        {
            var selected = cases.Count(x => x.Category == category);
            errors.When(selected != mix.Of(category), "cases", $"The terms of reference ask for {mix.Of(category)} {category} case(s); the sample has {selected}.");
        }

        return errors;
    }

    public static Decision NotifyAgencies(MultiAgencyAudit audit, NotifyAgencies c, IReadOnlySet<Guid> directory, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.NotifyAgencies)
        ?? Decision.From(ValidateAgencies(c, audit.Cases, directory), () => Decision.Accept(new AgenciesNotified(
            audit.Id,
            [.. c.Cases!.Select(x => new CaseAgencies(x.CaseKey!, [.. x.OrganisationIds!.Distinct()]))],
            by,
            now)));

    public static ValidationErrors ValidateAgencies(NotifyAgencies c, IReadOnlyList<SampledCase> sample, IReadOnlySet<Guid> directory)
    {
        var cases = c.Cases ?? [];
        var errors = new ValidationErrors().Check(c);
        if (cases.Any(x => x is null))
        {
            return errors;
        }

        var repeated = cases.RepeatedAt(x => x.CaseKey);
        for (var i = 0; i < cases.Count; i++)
        {
            var at = $"cases[{i}]";
            errors.When(cases[i].CaseKey is not null && sample.All(s => s.CaseKey != cases[i].CaseKey), $"{at}.caseKey", "That case is not in the sample.")
                .When(repeated.Contains(i), $"{at}.caseKey", "Each case is listed once.")
                .When(cases[i].OrganisationIds?.Any(id => !directory.Contains(id)) == true, $"{at}.organisationIds", Unknown);
        }

        var missing = sample.Where(s => cases.All(x => x.CaseKey != s.CaseKey)).Select(s => s.CaseKey).ToList();
        return errors.When(missing.Count > 0, "cases", $"Every sampled case needs its agencies; missing: {string.Join(", ", missing)}.");
    }

    /// <summary>An agency's return for one case, replacing its earlier one, while returns are open.</summary>
    public static Decision SubmitReturn(MultiAgencyAudit audit, Guid organisationId, string caseKey, SubmitReturn c, Actor by, DateTimeOffset now) =>
        UnlessReturnExpected(audit, organisationId, caseKey)
        ?? Decision.From(
            ReturnRules.Validate(c, audit.Terms!.Tool, period: ReturnRules.PeriodOf(audit)),
            () => Decision.Accept(new ReturnSubmitted(audit.Id, ReturnRules.ToReturn(organisationId, caseKey, c, by, now), by, now)));

    /// <summary>Save a return part-written, to come back to; what is there is checked as a submission would be.</summary>
    public static Decision SaveReturnDraft(MultiAgencyAudit audit, Guid organisationId, string caseKey, SubmitReturn c, Actor by, DateTimeOffset now) =>
        UnlessReturnExpected(audit, organisationId, caseKey)
        ?? Decision.From(
            ReturnRules.Validate(c, audit.Terms!.Tool, complete: false, ReturnRules.PeriodOf(audit)),
            () => Decision.Accept(new ReturnDraftSaved(audit.Id, ReturnRules.ToDraft(organisationId, caseKey, c, by, now), by, now)));

    private static Decision? UnlessReturnExpected(MultiAgencyAudit audit, Guid organisationId, string caseKey) =>
        AuditFlow.Refuse(audit, AuditFlow.TakeReturns)
        ?? (audit.ExpectedReturns.Contains(new ExpectedReturn(organisationId, caseKey))
            ? null
            : Decision.Refuse($"No return is expected from this organisation for case {caseKey}."));

    public static Decision CloseReturns(MultiAgencyAudit audit, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.CloseReturns)
        ?? Decision.Accept(new ReturnsClosed(
            audit.Id,
            [.. audit.ExpectedReturns.Where(e => !audit.Returns.Any(r => r.OrganisationId == e.OrganisationId && r.CaseKey == e.CaseKey))],
            by,
            now));
}
