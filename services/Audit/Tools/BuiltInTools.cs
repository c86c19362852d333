using Safeguarding.ServiceDefaults;

namespace Safeguarding.Audit.Tools;

/// <summary>
/// The tools every partnership has from the first start: the general multi-agency case audit tool and the
/// multi-agency exploitation audit tool exemplar (DOMAIN.md, section 2). They are never edited; copy one to adapt it.
/// </summary>
public static class BuiltInTools
{
    public const long Version = 1;

    public static readonly Guid GeneralCaseAuditId = DeterministicGuid.Create("built-in-audit-tool", "general-case-audit");
    public static readonly Guid ExploitationExemplarId = DeterministicGuid.Create("built-in-audit-tool", "exploitation-exemplar");

    private static ToolSection Section(string key, string title, string guidance, params (string Key, string Text, AnswerType Type)[] questions) =>
        new(key, title, [.. questions.Select(q => new ToolQuestion(q.Key, q.Text, q.Type))], guidance);

    public static readonly ToolTemplate GeneralCaseAudit = new(
        "Multi-agency case audit",
        "The partnership's general tool: each agency reviews its own records for the case across the look-back period.",
        GradeScales.OfstedFourPoint.Key,
        [
            Section("chronology", "Chronology and history", "Is the child's history known and used?",
                ("chronology-up-to-date", "Is there an up-to-date chronology of significant events?", AnswerType.YesNoNotApplicable),
                ("history-informs-work", "How did the family's history inform the work?", AnswerType.FreeText),
                ("grade", "Grade for chronology and history", AnswerType.Grade)),
            Section("assessment", "Assessment", "Timely, analytical, includes all family members and risks.",
                ("assessment-timely", "Was the assessment completed within timescales?", AnswerType.YesNoNotApplicable),
                ("assessment-quality", "How well did the assessment analyse risk and need?", AnswerType.FreeText),
                ("grade", "Grade for assessment", AnswerType.Grade)),
            Section("planning", "Planning", "SMART plans that address the identified needs.",
                ("plan-in-place", "Was there a plan that addressed the identified needs?", AnswerType.YesNoNotApplicable),
                ("plan-smart", "Were the plan's actions specific, measurable and timed?", AnswerType.FreeText),
                ("grade", "Grade for planning", AnswerType.Grade)),
            Section("intervention", "Intervention", "Services delivered as planned and matched to need.",
                ("intervention-delivered", "Were the planned services delivered?", AnswerType.YesNoNotApplicable),
                ("intervention-difference", "What difference did the intervention make?", AnswerType.FreeText),
                ("grade", "Grade for intervention", AnswerType.Grade)),
            Section("information-sharing", "Information sharing", "Information shared with the right agencies at the right time.",
                ("shared-timely", "Was information shared in a timely way with partner agencies?", AnswerType.YesNoNotApplicable),
                ("strategy-discussions", "Number of strategy discussions attended in the period", AnswerType.Number),
                ("grade", "Grade for information sharing", AnswerType.Grade)),
            Section("voice-of-the-child", "Voice of the child", "The child seen, heard and their wishes acted on.",
                ("child-seen", "Was the child seen alone where appropriate?", AnswerType.YesNoNotApplicable),
                ("wishes-recorded", "How were the child's wishes and feelings recorded and acted on?", AnswerType.FreeText),
                ("grade", "Grade for the voice of the child", AnswerType.Grade)),
            Section("management-oversight", "Management oversight", "Supervision and decisions recorded and challenged.",
                ("supervision-recorded", "Is management oversight evident on the record?", AnswerType.YesNoNotApplicable),
                ("last-supervision", "Date of the last recorded supervision of the case", AnswerType.Date),
                ("grade", "Grade for management oversight", AnswerType.Grade)),
            Section("impact", "Impact and outcome", "What changed for the child.",
                ("outcome-improved", "Has the child's situation improved over the period?", AnswerType.YesNoNotApplicable),
                ("impact-evidence", "What evidence shows the impact for the child?", AnswerType.FreeText),
                ("grade", "Grade for impact and outcome", AnswerType.Grade)),
        ]);

    public static readonly ToolTemplate ExploitationExemplar = new(
        "Multi-agency exploitation audit tool (exemplar)",
        "For cases of child sexual and criminal exploitation: screening, risk, disruption and the child's journey.",
        GradeScales.OfstedFourPoint.Key,
        [
            Section("screening", "Screening and risk tool", "Was exploitation identified early with the agreed tool?",
                ("screening-tool-used", "Was the exploitation screening / risk tool used?", AnswerType.YesNoNotApplicable),
                ("screening-date", "Date the screening tool was completed", AnswerType.Date),
                ("grade", "Grade for screening", AnswerType.Grade)),
            Section("strategy-meeting", "Strategy meeting", "Multi-agency strategy meeting held when risk was identified.",
                ("strategy-meeting-held", "Was a strategy meeting held?", AnswerType.YesNoNotApplicable),
                ("strategy-meeting-agencies", "Which agencies attended and contributed?", AnswerType.FreeText),
                ("grade", "Grade for the strategy meeting", AnswerType.Grade)),
            Section("risk-assessment", "Risk assessment and review", "Risk reviewed at least every three months.",
                ("reviewed-three-monthly", "Was risk reviewed at least every three months?", AnswerType.YesNoNotApplicable),
                ("reviews-in-period", "Number of risk reviews in the period", AnswerType.Number),
                ("grade", "Grade for risk assessment and review", AnswerType.Grade)),
            Section("missing", "Missing episodes and return interviews", "Every missing episode followed by a return-home interview.",
                ("missing-episodes", "Number of missing episodes in the period", AnswerType.Number),
                ("return-interviews", "Was a return-home interview offered after each episode?", AnswerType.YesNoNotApplicable),
                ("grade", "Grade for missing episodes and return interviews", AnswerType.Grade)),
            Section("education", "Education and attendance", "Attendance, exclusions, part-time timetables.",
                ("attendance-concern", "Was there a concern about attendance or exclusion?", AnswerType.YesNoNotApplicable),
                ("education-response", "How did education settings respond?", AnswerType.FreeText),
                ("grade", "Grade for education and attendance", AnswerType.Grade)),
            Section("health", "Health (sexual and mental)", "Sexual health and emotional wellbeing needs met.",
                ("sexual-health", "Were sexual health needs assessed and met?", AnswerType.YesNoNotApplicable),
                ("mental-health", "Were mental health needs assessed and met?", AnswerType.YesNoNotApplicable),
                ("grade", "Grade for health", AnswerType.Grade)),
            Section("substance-misuse", "Substance misuse", "Substance use identified and addressed.",
                ("substance-misuse-identified", "Was substance misuse identified?", AnswerType.YesNoNotApplicable),
                ("substance-misuse-response", "What support was offered?", AnswerType.FreeText),
                ("grade", "Grade for substance misuse", AnswerType.Grade)),
            Section("risky-adults-places-online", "Risky adults, places and online activity", "Known risks mapped and shared.",
                ("risks-mapped", "Were risky adults, places and online activity identified and shared?", AnswerType.YesNoNotApplicable),
                ("risk-mapping-detail", "How was the information used?", AnswerType.FreeText),
                ("grade", "Grade for risky adults, places and online activity", AnswerType.Grade)),
            Section("disruption", "Police disruption activity", "Disruption used against those who exploit.",
                ("disruption-used", "Was disruption activity used?", AnswerType.YesNoNotApplicable),
                ("disruption-detail", "What disruption was used and with what effect?", AnswerType.FreeText),
                ("grade", "Grade for disruption", AnswerType.Grade)),
            Section("nrm", "National Referral Mechanism", "NRM referral considered and made where criteria are met.",
                ("nrm-considered", "Was an NRM referral considered?", AnswerType.YesNoNotApplicable),
                ("nrm-outcome", "Outcome of the NRM referral, where made", AnswerType.FreeText),
                ("grade", "Grade for the National Referral Mechanism", AnswerType.Grade)),
            Section("voice-of-the-child", "Voice of the child", "The child's own account and wishes shape the plan.",
                ("child-view-recorded", "Is the child's view recorded in their own words?", AnswerType.YesNoNotApplicable),
                ("child-view-influence", "How did the child's view change the plan?", AnswerType.FreeText),
                ("grade", "Grade for the voice of the child", AnswerType.Grade)),
            Section("transition", "Transition to adult services", "Planning for the move to adult services from 16.",
                ("transition-planned", "Was transition to adult services planned where relevant?", AnswerType.YesNoNotApplicable),
                ("grade", "Grade for transition", AnswerType.Grade)),
            Section("outcome", "Outcome", "Is the child safer?",
                ("risk-reduced", "Has the risk of exploitation reduced?", AnswerType.YesNoNotApplicable),
                ("outcome-evidence", "What evidence shows it?", AnswerType.FreeText),
                ("grade", "Grade for outcome", AnswerType.Grade)),
        ]);

    public static readonly IReadOnlyList<AuditTool> All =
    [
        AuditTool.BuiltIn(GeneralCaseAuditId, GeneralCaseAudit),
        AuditTool.BuiltIn(ExploitationExemplarId, ExploitationExemplar),
    ];

    public static AuditTool? Find(Guid id) => All.FirstOrDefault(t => t.Id == id);
}
