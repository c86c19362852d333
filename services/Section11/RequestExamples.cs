using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11;

/// <summary>A worked example of each request Section 11 (and Section 175) accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    private static readonly Guid Council = new("5b0c8e1a-2f4d-4c3b-9a61-0d7e2c4f8a11");
    private static readonly Guid HealthTrust = new("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22");

    public static readonly IReadOnlyList<object> All =
    [
        .. EventSourcing.Privacy.PrivacyExamples.All,
        new OpenSection11Cycle(2027, new DateOnly(2028, 1, 31)),
        new CycleDecisions.InviteOrganisations([Council, HealthTrust]),
        new SendReminders([HealthTrust]),
        new AnswerIndicator("2", "A designated senior lead is named; the board receives a safeguarding report twice a year."),
        new SignOffAssessment("head-teacher", "Alex Morgan"),
        new AddEvidence("1.1", "Board minutes, March 2027", "The minute naming the designated senior lead.", new DateOnly(2027, 3, 15)),
        new RaiseChallenge("1.2", "Which board meeting last received the safeguarding report?"),
        new AnswerChallenge("The board received it on 15 March 2027; the minutes are attached as evidence."),
        new ModerateIndicator("1.2", "2", "Evidence shows the report reaches the board, but not yet twice a year."),
        new IssueFeedback("A strong return: safeguarding leadership is clear. Work on supervision records."),
        new ProposeAction("4.1", "Introduce quarterly safeguarding supervision for all front-line staff", "Head of Safeguarding", new DateOnly(2028, 3, 31)),
        new FollowUpAction(FollowUpProgress.OnTrack, "Supervision policy approved; roll-out began in May."),
        new ShareWithPartnership("knowsley"),
        new ExplainNonReturn("The organisation's safeguarding lead left in December; the new lead starts in February."),
    ];
}
