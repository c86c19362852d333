using Safeguarding.Contracts;

namespace Safeguarding.Section11.Frameworks;

/// <summary>
/// The frameworks every partnership has from the first start (DOMAIN.md, sections 3 and 4): the common eight Section 11
/// standards with numbered indicators, and a Section 175/157 framework for schools.
/// </summary>
public static class BuiltInFrameworks
{
    private static Standard S(int number, string title, params string[] indicators) =>
        new(number, title, [.. indicators.Select((text, i) => new Indicator($"{number}.{i + 1}", text))]);

    public static readonly Framework Section11 = new(
        "section-11", "Section 11 (Children Act 2004): the common eight standards", SelfAssessmentKind.Section11, 1, ScoringSchemes.SelfScore.Key,
        [
            S(1, "Senior management commitment to safeguarding",
                "There is a designated senior lead for safeguarding with the authority to act.",
                "Safeguarding is in the organisation's strategic plans and reported to the board.",
                "Safeguarding risks are on the risk register and reviewed."),
            S(2, "A clear statement of responsibilities for all staff",
                "Every role's safeguarding responsibilities are written down and known.",
                "Policies and procedures are up to date and follow the partnership's procedures."),
            S(3, "A clear line of accountability",
                "There is a designated safeguarding lead (and deputies) known to all staff.",
                "Staff know how to escalate a concern, including the partnership's escalation policy.",
                "Supervision of safeguarding work is recorded."),
            S(4, "Service development informed by children and families",
                "The views of children and families shape how services are designed and reviewed.",
                "Learning from complaints and feedback changes practice."),
            S(5, "Training",
                "Staff receive safeguarding training at the level their role needs.",
                "Training is refreshed at set intervals and attendance is monitored.",
                "Learning from reviews and audits reaches training."),
            S(6, "Safer recruitment and managing allegations",
                "Recruitment follows safer recruitment practice, with checks recorded.",
                "Allegations against staff are referred to the LADO and managed.",
                "A named senior manager handles allegations."),
            S(7, "Inter-agency working",
                "The organisation takes part in multi-agency meetings, plans and reviews.",
                "The organisation contributes to partnership audits and reviews."),
            S(8, "Information sharing",
                "Staff know when and how to share information to protect a child.",
                "Information sharing is recorded with its reasons."),
        ]);

    public static readonly Framework Section175 = new(
        "section-175", "Section 175 / 157 (Education Act 2002): schools' safeguarding self-assessment", SelfAssessmentKind.Section175, 1, ScoringSchemes.YesNo.Key,
        [
            S(1, "Roles", "There is a designated safeguarding lead (DSL) with deputies.", "There is a designated teacher for looked-after children.", "A governor is named for safeguarding."),
            S(2, "Child protection policy", "The child protection policy is reviewed annually and published."),
            S(3, "Safer recruitment", "The single central record is complete and checked.", "Interview panels include a safer-recruitment-trained member."),
            S(4, "Training", "The DSL has been trained in the last two years.", "All staff have been trained in the last three years."),
            S(5, "Allegations and the LADO", "Allegations against staff are referred to the LADO."),
            S(6, "Site security", "Visitors are checked and the site is secure."),
            S(7, "Online safety", "Filtering and monitoring are in place and reviewed."),
            S(8, "Attendance and children missing education", "Absence is followed up and children missing education are referred."),
            S(9, "Early help", "Staff know how to offer early help and the school leads early help where appropriate."),
            S(10, "Records", "Child protection records are kept securely and passed on when a pupil moves."),
            S(11, "Pupil voice", "Pupils know whom to talk to and their views shape safeguarding."),
        ]);

    public static readonly IReadOnlyList<Framework> All = [Section11, Section175];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(f => f.Key)];

    /// <summary>An indicator's number, such as "3.2".</summary>
    public const int MaxIndicatorLength = 10;

    public static Framework? Find(string? key) => All.FirstOrDefault(f => f.Key == key);
}
