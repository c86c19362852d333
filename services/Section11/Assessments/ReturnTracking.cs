using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Assessments;

public enum ReturnState
{
    NotStarted,
    InProgress,
    Submitted,
    Overdue,
}

/// <summary>Where one invited organisation's return stands: what the coordinator chases.</summary>
public sealed record ReturnStatus(Guid OrganisationId, ReturnState State, int Answered, int Indicators, DateTimeOffset? SubmittedAt);

public static class ReturnTracking
{
    public static IReadOnlyList<ReturnStatus> For(Section11Cycle cycle, IReadOnlyList<Assessment> assessments, DateOnly today)
    {
        var indicators = cycle.Framework.Indicators.Count();
        return
        [
            .. cycle.Invited.Select(organisation => assessments.FirstOrDefault(a => a.OrganisationId == organisation) is { } assessment
                ? new ReturnStatus(organisation, StateOf(assessment, cycle, today), assessment.Answers.Count, indicators, assessment.SubmittedAt)
                : new ReturnStatus(organisation, today > cycle.Deadline ? ReturnState.Overdue : ReturnState.NotStarted, 0, indicators, null)),
        ];
    }

    private static ReturnState StateOf(Assessment assessment, Section11Cycle cycle, DateOnly today) => assessment switch
    {
        { Status: AssessmentStatus.Submitted } => ReturnState.Submitted,
        _ when today > cycle.Deadline => ReturnState.Overdue,
        { Answers.Count: 0 } => ReturnState.NotStarted,
        _ => ReturnState.InProgress,
    };
}
