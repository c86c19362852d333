using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;

namespace Safeguarding.Audit;

/// <summary>A worked example of each request Audit accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    private static readonly Guid Council = new("5b0c8e1a-2f4d-4c3b-9a61-0d7e2c4f8a11");
    private static readonly Guid HealthTrust = new("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22");
    private static readonly Guid Finding = new("c41e7b20-5d9a-4f3e-8b16-2a0d6e9c7f44");

    public static readonly IReadOnlyList<object> All =
    [
        .. EventSourcing.Privacy.PrivacyExamples.All,
        new AgreeTermsOfReference(
            "Neglect",
            ["How early was neglect recognised?", "Did agencies share what they knew?"],
            12,
            BuiltInTools.GeneralCaseAuditId,
            null,
            new DateOnly(2027, 5, 14),
            new DateOnly(2027, 6, 9),
            new DateOnly(2027, 7, 7),
            new CategoryMixInput(1, 2, 2, 1),
            [Council, HealthTrust]),
        new SelectCases(
        [
            new CaseInput("SH-2027-101", CaseCategory.EarlyHelp, new CaseProfileInput("1-4", "female", "white", PlanType: "early-help")),
            new CaseInput("SH-2027-102", CaseCategory.ChildInNeed, new CaseProfileInput("5-9", "male", "mixed", PlanType: "child-in-need")),
            new CaseInput("SH-2027-103", CaseCategory.ChildProtection, new CaseProfileInput("under-1", "male", "white", ReferralsInPeriod: 3)),
            new CaseInput("SH-2027-104", CaseCategory.LookedAfterChild, new CaseProfileInput("10-15", "female", "black", PlacementMoves: 2)),
        ]),
        new NotifyAgencies([new CaseAgenciesInput("SH-2027-101", [Council, HealthTrust])]),
        new SubmitReturn(
            [new AnswerInput("chronology", "chronology-up-to-date", "yes"), new AnswerInput("chronology", "grade", "good")],
            [new SectionGradeInput("chronology", "good", "The chronology was current and used at each review.")],
            "Case records, supervision notes and the child protection plan.",
            "Concerns were recognised early but the plan lacked timescales.",
            "The health visitor shared concerns on the day they arose.",
            "Plans need specific, timed actions.",
            "Add timescales to every plan action.",
            "requires-improvement",
            "Good recognition, weaker planning."),
        new RecordMeeting(
            new DateOnly(2027, 6, 9),
            [new AttendeeInput(Council, "Practice lead"), new AttendeeInput(HealthTrust, "Named nurse")],
            [new CaseGradeInput("SH-2027-101", "good", "Early help was offered promptly and reviewed.")],
            [new FindingInput(FindingKind.GoodPractice, "Health visitors shared concerns promptly.", "chronology"), new FindingInput(FindingKind.AreaForDevelopment, "Plans lacked timescales.", "planning")]),
        new DraftReport(
            "Neglect was recognised early; plans need clearer timescales.",
            "The panel audited six cases of neglect across early help, child in need, child protection and looked-after children.",
            ["Every plan action names an owner and a date."]),
        new RaiseActions([new ActionInput("Add timescales to the child in need plan template", Council, new DateOnly(2027, 9, 30), Finding)]),
        new PresentToBoard(new DateOnly(2027, 7, 21)),
        new CancelAudit("The theme is covered by a Local Child Safeguarding Practice Review."),
        new MarkAsReAudit(new Guid("7a2f4c91-3e6b-4d08-9c5a-1b8e0f2d6c55")),
        new RaiseConcern("SH-2027-103", Council, "No visit is recorded for six weeks while the child was on a protection plan."),
        new Erasure.RequestCaseErasure("SH-2027-103"),
        new Retention.SetRetentionPeriods([new(Contracts.Privacy.RecordKind.AuditCaseMaterial, 6), new(Contracts.Privacy.RecordKind.AccessLogs, 2)]),
        new Retention.EraseDueCases(["SH-2020-101", "SH-2020-102"]),
        new ToolTemplateInput(
            "Neglect audit (St Helens)",
            "The general tool with a section on the neglect toolkit.",
            GradeScales.OfstedFourPoint.Key,
            [
                new ToolSectionInput("neglect-toolkit", "Use of the neglect toolkit", "Was the toolkit used to assess and review?",
                [
                    new ToolQuestionInput("toolkit-used", "Was the neglect toolkit completed?", AnswerType.YesNoNotApplicable, null),
                    new ToolQuestionInput("grade", "Grade for use of the toolkit", AnswerType.Grade, null),
                ]),
            ]),
        new CopyAuditTool("Neglect audit (St Helens)"),
    ];
}
