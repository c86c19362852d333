using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record AddEvidence(
    [Required, StringLength(BuiltInFrameworks.MaxIndicatorLength)] string? Indicator,
    [Required, StringLength(200)] string? Title,
    [StringLength(2000)] string? Description,
    [Required(ErrorMessage = "{0} (the date the evidence applies to) is required."),
     DateWindow(From = DateBound.YearsBeforeToday, Years = AssessmentDecisions.OldestEvidenceYears, To = DateBound.Today,
         Because = "evidence older than that says little about practice today")] DateOnly? AppliesOn);

/// <summary>Evidence is the organisation's, added and removed until it submits; it carries the date it applies to.</summary>
public static partial class AssessmentDecisions
{
    /// <summary>Evidence older than this says little about practice today.</summary>
    public const int OldestEvidenceYears = 5;

    private static Decision? UnlessInProgress(Assessment assessment) =>
        assessment.IsSubmitted ? Decision.Refuse("The assessment is submitted: its evidence is fixed.") : null;

    public static Decision AddEvidence(Assessment assessment, Section11Cycle cycle, AddEvidence c, Guid evidenceId, Actor by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return UnlessInProgress(assessment) ?? Decision.From(
            new ValidationErrors().Check(c, today)
                .When(c.Indicator is not null && cycle.Framework.Indicators.All(i => i.Number != c.Indicator), "indicator", "The framework has no such indicator."),
            () => Decision.Accept(new EvidenceAdded(assessment.Id, evidenceId, c.Indicator!, c.Title!.Trim(), c.Description?.Trim(), c.AppliesOn!.Value, by, now)));
    }

    public static Decision RemoveEvidence(Assessment assessment, Guid evidenceId, Actor by, DateTimeOffset now) =>
        UnlessInProgress(assessment) ?? (assessment.Evidence.Any(e => e.EvidenceId == evidenceId)
            ? Decision.Accept(new EvidenceRemoved(assessment.Id, evidenceId, by, now))
            : Decision.Reject(new ValidationErrors().Add("evidenceId", "The assessment has no such evidence.")));

    /// <summary>The file has passed <see cref="Evidence.EvidenceFileRules"/> and is stored; this records it against its evidence.</summary>
    public static Decision AttachFile(Assessment assessment, Guid evidenceId, StoredFile file, Actor by, DateTimeOffset now) =>
        UnlessInProgress(assessment) ?? (assessment.Evidence.Any(e => e.EvidenceId == evidenceId)
            ? Decision.Accept(new EvidenceFileAttached(assessment.Id, evidenceId, file, by, now))
            : Decision.Reject(new ValidationErrors().Add("evidenceId", "The assessment has no such evidence.")));
}
