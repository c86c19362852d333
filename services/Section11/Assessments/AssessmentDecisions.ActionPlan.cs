using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record ProposeAction([StringLength(BuiltInFrameworks.MaxIndicatorLength)] string? Indicator, [Required, StringLength(2000)] string? What, [Required, StringLength(100)] string? Owner,
    [Required, DateWindow(From = DateBound.Today, To = DateBound.YearsAfterToday, Years = AssessmentDecisions.LongestActionYears)] DateOnly? DueDate);

public sealed record FollowUpAction([Required] FollowUpProgress? Progress, [Required, StringLength(2000)] string? Note);

/// <summary>
/// The organisation's improvement actions: proposed by the organisation as it assesses itself and by the partnership
/// after scrutiny, agreed as one plan after feedback, then followed up action by action.
/// </summary>
public static partial class AssessmentDecisions
{
    public const int LongestActionYears = 3;

    public static Decision ProposeAction(
        Assessment assessment, Section11Cycle cycle, ProposeAction c, ActionProposer proposer, Guid actionId, Actor by, DateTimeOffset now)
    {
        if (assessment.Status == AssessmentStatus.ActionPlanAgreed)
        {
            return Decision.Refuse("The action plan is agreed; progress is recorded through follow-up.");
        }

        if (proposer == ActionProposer.Partnership && !assessment.IsSubmitted)
        {
            return Decision.Refuse("The partnership proposes actions once the assessment is submitted.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new ValidationErrors().Check(c, today)
            .When(c.Indicator is not null && cycle.Framework.Indicators.All(i => i.Number != c.Indicator), "indicator", "The framework has no such indicator.");
        return Decision.From(errors, () => Decision.Accept(new ImprovementActionProposed(
            assessment.Id, actionId, c.Indicator, c.What!.Trim(), c.Owner!.Trim(), c.DueDate!.Value, proposer, by, now)));
    }

    /// <summary>Each side withdraws only what it proposed, and only before the plan is agreed.</summary>
    public static Decision WithdrawAction(Assessment assessment, Guid actionId, ActionProposer withdrawer, Actor by, DateTimeOffset now) =>
        assessment.Actions.FirstOrDefault(a => a.ActionId == actionId) switch
        {
            null => Decision.Reject(new ValidationErrors().Add("actionId", "The plan has no such action.")),
            _ when assessment.Status == AssessmentStatus.ActionPlanAgreed => Decision.Refuse("The action plan is agreed; an agreed action is followed up, not withdrawn."),
            { ProposedBy: var proposer } when proposer != withdrawer => Decision.Forbid($"Only the {proposer.ToString().ToLowerInvariant()} that proposed this action withdraws it."),
            _ => Decision.Accept(new ImprovementActionWithdrawn(assessment.Id, actionId, by, now)),
        };

    /// <summary>A plan is agreed after feedback, and only when every indicator moderated as weak has an action against it.</summary>
    public static Decision AgreeActionPlan(Assessment assessment, Actor by, DateTimeOffset now)
    {
        if (assessment.Status != AssessmentStatus.FeedbackIssued)
        {
            return Decision.Refuse(assessment.Status == AssessmentStatus.ActionPlanAgreed
                ? "The action plan is already agreed."
                : "The action plan is agreed once feedback has been issued.");
        }

        var uncovered = assessment.Moderated.Where(m => m.Weak && assessment.Actions.All(a => a.Indicator != m.Indicator)).Select(m => m.Indicator).ToList();
        return uncovered.Count > 0
            ? Decision.Refuse($"Indicators moderated as weak need an action on the plan: {string.Join(", ", uncovered)}.")
            : Decision.Accept(new ActionPlanAgreed(
                assessment.Id, assessment.CycleId, assessment.Kind, assessment.Year, assessment.OrganisationId,
                [.. assessment.Actions.Select(a => new AgreedAction(a.ActionId, a.Indicator, a.What, a.Owner, a.DueDate))], by, now));
    }

    public static Decision FollowUp(Assessment assessment, Guid actionId, FollowUpAction c, Actor by, DateTimeOffset now)
    {
        if (assessment.Status != AssessmentStatus.ActionPlanAgreed)
        {
            return Decision.Refuse("Actions are followed up once the action plan is agreed.");
        }

        var errors = new ValidationErrors().Check(c)
            .When(assessment.Actions.All(a => a.ActionId != actionId), "actionId", "The plan has no such action.");
        return Decision.From(errors, () => Decision.Accept(new ActionFollowedUp(assessment.Id, actionId, c.Progress!.Value, c.Note!.Trim(), by, now)));
    }
}
