using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Assessments;

/// <summary>Closing a cycle is a decision on its returns, so it lives with them.</summary>
public static class CycleClosing
{
    /// <summary>
    /// A cycle closes after follow-up: every returned assessment has its action plan agreed. Organisations that never
    /// returned are named in the closing record.
    /// </summary>
    public static Decision Close(Section11Cycle cycle, IReadOnlyList<Assessment> assessments, Actor by, DateTimeOffset now)
    {
        if (cycle.Stage == CycleStage.Closed)
        {
            return Decision.Refuse("The cycle is already closed.");
        }

        var returned = assessments.Where(a => a.IsSubmitted).ToList();
        var unfinished = returned.Where(a => a.Status != AssessmentStatus.ActionPlanAgreed).Select(a => a.OrganisationId).ToList();
        return unfinished.Count > 0
            ? Decision.Refuse($"Returns still in scrutiny or without an agreed action plan: {string.Join(", ", unfinished)}.")
            : Decision.Accept(new CycleClosed(
                cycle.Id, cycle.Framework.Kind, cycle.Year, [.. returned.Select(a => a.OrganisationId)],
                [.. cycle.Invited.Where(o => returned.All(a => a.OrganisationId != o))], by, now));
    }
}
