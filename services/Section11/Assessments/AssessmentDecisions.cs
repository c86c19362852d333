using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record AnswerIndicator([Required, StringLength(ScoringSchemes.MaxCodeLength)] string? Score, [StringLength(AssessmentDecisions.MaxNarrativeLength)] string? Narrative);

public sealed record SignOffAssessment(
    [Required, OneOf(typeof(AssessmentDecisions), nameof(AssessmentDecisions.SchoolSignOffRoles))] string? Role,
    [Required, StringLength(100)] string? Name);

public static partial class AssessmentDecisions
{
    public const int MaxNarrativeLength = 8000;

    /// <summary>Who signs a school's return off (DOMAIN.md, section 4).</summary>
    public static readonly IReadOnlyList<string> SchoolSignOffRoles = ["head-teacher", "safeguarding-governor"];

    /// <summary>Nothing in a closed cycle changes any more.</summary>
    public static Decision InOpenCycle(Section11Cycle cycle, Func<Decision> decide) =>
        cycle.Stage == CycleStage.Closed ? Decision.Refuse($"The {cycle.Year} cycle is closed.") : decide();

    /// <summary>Each invited organisation's assessment starts with its invitation, so every invitee has one to fill in.</summary>
    public static AssessmentStarted Start(Section11Cycle cycle, Guid organisationId, Actor by, DateTimeOffset now) =>
        new(Assessment.IdFor(cycle.Id, organisationId), cycle.Id, organisationId, by, now, cycle.Year, cycle.Framework.Kind);

    /// <summary>
    /// The first events of an invited organisation's assessment: started, then either the submission it already made in
    /// another partnership for this year and agreed to share with this one, or a pre-fill from its latest earlier return here.
    /// </summary>
    public static IReadOnlyList<object> Open(Section11Cycle cycle, string partnershipId, Guid organisationId, OrganisationReturns returns, Actor by, DateTimeOffset now)
    {
        var started = Start(cycle, organisationId, by, now);
        var target = new PartnershipReturn(partnershipId, Assessment.Create(started), cycle);
        var mine = returns.Returns.Where(r => r.Assessment.OrganisationId == organisationId).ToList();
        if (returns.SharesOf(mine, [target], by, now) is [var (_, shared)])
        {
            return [started, shared];
        }

        var previous = mine
            .Where(r => r.PartnershipId == partnershipId && r.Cycle.Framework.Kind == cycle.Framework.Kind && r.Cycle.Year < cycle.Year && r.Assessment.IsSubmitted)
            .MaxBy(r => r.Cycle.Year)?.Assessment;
        return Prefill(cycle, started, previous) is { } prefilled ? [started, prefilled] : [started];
    }

    /// <summary>
    /// Memory between years: the organisation's latest earlier return (submitted) pre-fills this one. Only indicators the
    /// new framework still has carry over, and only scores its scheme still knows.
    /// </summary>
    public static AssessmentPrefilled? Prefill(Section11Cycle cycle, AssessmentStarted started, Assessment? previous)
    {
        if (previous is not { IsSubmitted: true })
        {
            return null;
        }

        var indicators = cycle.Framework.Indicators.Select(i => i.Number).ToHashSet();
        return new AssessmentPrefilled(
            started.AssessmentId,
            previous.Id,
            previous.Year,
            [.. previous.Answers.Where(a => indicators.Contains(a.Indicator) && cycle.Scheme.Find(a.Score) is not null).Select(a => new CarriedAnswer(a.Indicator, a.Score, a.Narrative))],
            [.. previous.Evidence.Where(e => indicators.Contains(e.Indicator))],
            [.. previous.Answers.Where(a => indicators.Contains(a.Indicator))
                .Select(a => new LastYearScore(a.Indicator, a.Score, previous.Moderated.FirstOrDefault(m => m.Indicator == a.Indicator)?.Score))],
            started.By,
            started.At);
    }

    public static Decision Answer(Assessment assessment, Section11Cycle cycle, string indicator, AnswerIndicator c, Actor by, DateTimeOffset now)
    {
        if (assessment.IsSubmitted)
        {
            return Decision.Refuse("The assessment is submitted: it changes now only through challenge and moderation.");
        }

        var errors = new ValidationErrors().Check(c)
            .When(cycle.Framework.Indicators.All(i => i.Number != indicator), "indicator", $"The framework has no indicator {indicator}.")
            .When(c.Score is not null && cycle.Scheme.Find(c.Score) is null, "score", $"score is one of {string.Join(", ", cycle.Scheme.Scores.Select(s => s.Code))} ({cycle.Scheme.Name}).");
        return Decision.From(errors, () => Decision.Accept(new IndicatorSelfAssessed(assessment.Id, indicator, c.Score!, c.Narrative?.Trim(), by, now)));
    }

    /// <summary>Answers as scores on the cycle's scheme, with their standard and rank, for those who report on them.</summary>
    public static IReadOnlyList<IndicatorScore> ScoresOf(Section11Cycle cycle, IEnumerable<IndicatorAnswer> answers) =>
    [
        .. answers.Select(a => new IndicatorScore(
            cycle.Framework.Standards.First(s => s.Indicators.Any(i => i.Number == a.Indicator)).Number,
            IndicatorNumber.From(a.Indicator), ScoreCode.From(a.Score), cycle.Scheme.Find(a.Score)?.Rank ?? 0)),
    ];

    /// <summary>Confirms an answer carried from last year as this year's, unchanged.</summary>
    public static Decision Confirm(Assessment assessment, string indicator, Actor by, DateTimeOffset now) =>
        assessment.IsSubmitted
            ? Decision.Refuse("The assessment is already submitted.")
            : assessment.Answers.FirstOrDefault(a => a.Indicator == indicator && a.CarriedForward) is { } carried
                ? Decision.Accept(new IndicatorSelfAssessed(assessment.Id, indicator, carried.Score, carried.Narrative, by, now))
                : Decision.Reject(new ValidationErrors().Add("indicator", $"Indicator {indicator} has no answer carried from last year to confirm."));

    public static Decision Submit(Assessment assessment, Section11Cycle cycle, Actor by, DateTimeOffset now)
    {
        if (assessment.IsSubmitted)
        {
            return Decision.Refuse("The assessment is already submitted.");
        }

        var missing = cycle.Framework.Indicators.Select(i => i.Number).Where(n => assessment.Answers.All(a => a.Indicator != n || a.CarriedForward)).ToList();
        var unsigned = cycle.Framework.Kind == SelfAssessmentKind.Section175
            ? SchoolSignOffRoles.Where(role => assessment.SignOffs.All(s => s.Role != role)).ToList()
            : [];
        var errors = new ValidationErrors()
            .When(missing.Count > 0, "indicators", $"Score every indicator (confirming or changing any carried from last year) before submitting; missing: {string.Join(", ", missing)}.")
            .When(unsigned.Count > 0, "signOffs", $"A school's return is signed off before submission; missing: {string.Join(", ", unsigned)}.");
        return !errors.IsValid
            ? Decision.Reject(errors)
            : Decision.Accept(new AssessmentSubmitted(
                assessment.Id, assessment.CycleId, assessment.OrganisationId, by, now, cycle.Framework.Kind, cycle.Year, ScoresOf(cycle, assessment.Answers)));
    }

    public static Decision SignOff(Assessment assessment, Section11Cycle cycle, SignOffAssessment c, Actor by, DateTimeOffset now) =>
        assessment.IsSubmitted
            ? Decision.Refuse("The assessment is already submitted.")
            : Decision.From(
                new ValidationErrors().Check(c)
                    .When(cycle.Framework.Kind != SelfAssessmentKind.Section175, "role", "Sign-off is for schools' Section 175 returns.")
,
                () => Decision.Accept(new AssessmentSignedOff(assessment.Id, c.Role!, c.Name!.Trim(), by, now)));
}
