using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Reviews;
using Safeguarding.Learning.Training;

namespace Safeguarding.Learning;

/// <summary>A worked example of each request Learning accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    private static readonly Guid Council = new("5b0c8e1a-2f4d-4c3b-9a61-0d7e2c4f8a11");
    private static readonly Guid HealthTrust = new("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22");

    public static readonly IReadOnlyList<object> All =
    [
        .. EventSourcing.Privacy.PrivacyExamples.All,
        new SetClosureDays([new ClosureDay(new DateOnly(2027, 12, 29), "Partnership office closed between Christmas and New Year")]),
        new RecordSeriousIncident("SH-2027-014", "Neglect of a young child", "A two-year-old was admitted to hospital with injuries; several agencies knew the family.", new DateOnly(2027, 3, 1)),
        new OpenPracticeLearningReview("SH-2027-022", "Hearing the voice of the child", HealthTrust, "Practitioners raised learning about how disclosures were recorded across agencies."),
        new NotifyPanel(new DateOnly(2027, 3, 3)),
        new DecideRapidReview(ReviewDecision.LocalChildSafeguardingPracticeReview, "The case raises learning for every agency involved and meets the criteria.", new DateOnly(2027, 3, 22)),
        new CompleteStage(ReviewStage.TermsOfReference, new DateOnly(2027, 4, 12), "Agreed by the review panel."),
        new MakeRecommendation("Health visitors share concerns about missed appointments with children's social care within 48 hours.", HealthTrust, new DateOnly(2027, 9, 30), "Missed health appointments"),
        new RecordImprovementAction("Refresh the neglect toolkit training for all front-line staff", "The neglect audit found the toolkit was rarely used", Council, new DateOnly(2027, 10, 31), "Use of the neglect toolkit"),
        new ReportProgress(ActionProgress.OnTrack, "Two of four sessions delivered; the rest are booked for September."),
        new CloseAction("The re-audit found the toolkit used in 8 of 10 cases, up from 2 of 10."),
        new ReviseBriefing(
            "Learning from the neglect audit",
            "In 2027 the partnership's agencies audited ten cases of neglect together.",
            "Neglect harms children slowly; seeing it early needs every agency's information.",
            ["Good practice: the school's pastoral lead shared concerns promptly.", "Chronologies were kept by one agency only."],
            ["Refresh the neglect toolkit training (by 31 Oct 2027)"],
            ["How does this learning apply to the children and families you work with?"],
            ["https://www.sthelenssafeguarding.org.uk/neglect"]),
        new ScheduleTrainingEvent(TrainingKind.Training, "Using the neglect toolkit", new DateOnly(2027, 9, 14), []),
        new RecordAttendance(Council, 24),
        new GiveFeedback("I will use the toolkit at every review of a child in need plan.", 5),
        new RaiseTrainingNeed("Recording disclosures", "Practitioners were unsure how to record a child's own words.", null),
        new AddressTrainingNeed(new Guid("2c7a9d14-8b3e-4f60-a1c5-6e0d9b2f4a33")),
    ];
}
