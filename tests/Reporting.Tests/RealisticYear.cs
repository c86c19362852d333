using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// A partnership's 2027 as the other services would publish it: a programme of seven items, four thematic audits of six
/// cases with three agencies' returns each, a Section 11 cycle for twelve agencies, forty actions, two reviews and some
/// learning. The expected figures in the tests are worked out by hand from the comments here, not by this code.
/// </summary>
public static class RealisticYear
{
    public const int Year = 2027;
    public static readonly DateTimeOffset Today = new(2027, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new("coordinator", null);
    private static readonly string[] Grades = ["outstanding", "good", "requires-improvement", "inadequate"];
    private static readonly CaseCategory[] CaseCategories =
        [CaseCategory.EarlyHelp, CaseCategory.ChildInNeed, CaseCategory.ChildProtection, CaseCategory.LookedAfterChild, CaseCategory.ChildProtection, CaseCategory.LookedAfterChild];

    public static Guid Id(string name, int index = 0) => DeterministicGuid.Create("realistic-year", name, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static IndicatorScore Score(int standard, string indicator, string score, int rank) =>
        new(standard, IndicatorNumber.From(indicator), ScoreCode.From(score), rank);

    public static IReadOnlyList<IIntegrationEvent> For(string partnership)
    {
        var messages = new List<IIntegrationEvent>();
        var at = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        Guid Next() => DeterministicGuid.Create(partnership, "message", messages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        DateTimeOffset Later() => at = at.AddMinutes(1);
        void Add(Func<Guid, DateTimeOffset, IIntegrationEvent> message) => messages.Add(message(Next(), Later()));

        // Twelve agencies, one renamed later (still twelve).
        var agencies = Enumerable.Range(0, 12).Select(i => Id("agency", i)).ToList();
        foreach (var (agency, i) in agencies.Select((a, i) => (a, i)))
        {
            Add((id, t) => new OrganisationRegistered(id, partnership, t, Coordinator, agency, $"Agency {i}", OrganisationKind.RelevantAgency));
        }

        Add((id, t) => new OrganisationUpdated(id, partnership, t, Coordinator, agencies[0], "Agency 0 (renamed)", OrganisationKind.StatutoryPartner, null, null));

        // Programme: four thematic audits (Q1-Q4), the general audit (Q4), Section 11 and Section 175.
        var programme = Id("programme");
        Add((id, t) => new AuditProgrammeCreated(id, partnership, t, Coordinator, programme, Year));
        var thematic = Enumerable.Range(0, 4).Select(q => Id("thematic-audit", q)).ToList();
        var general = Id("general-audit");
        foreach (var (audit, q) in thematic.Select((a, q) => (a, q)))
        {
            Add((id, t) => new AuditScheduled(id, partnership, t, Coordinator, programme, audit, Year, q + 1, Theme.From($"Theme {q}"), [CaseCategory.ChildProtection]));
            Add((id, t) => new AuditOpened(id, partnership, t, Coordinator, audit, Theme.From($"Theme {q}"), Year, q + 1));
            Add((id, t) => new AuditScoped(id, partnership, t, Coordinator, audit, Theme.From($"Theme {q}"), Year, Guid.Empty, 1, 12, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 15), new DateOnly(2027, 4, 1)));
        }

        Add((id, t) => new AuditScheduled(id, partnership, t, Coordinator, programme, general, Year, 4, Theme.From("General"), [CaseCategory.EarlyHelp]));
        Add((id, t) => new AuditOpened(id, partnership, t, Coordinator, general, Theme.From("General"), Year, 4));
        Add((id, t) => new Section11CycleScheduled(id, partnership, t, Coordinator, programme, Id("s11-item"), Year, 1, null));
        Add((id, t) => new Section175CycleScheduled(id, partnership, t, Coordinator, programme, Id("s175-item"), Year, 2, null));

        // Each thematic audit: six cases graded (audit a, case c: grade (a + c) % 4), three agencies' returns per case,
        // two good practice and three areas for development; a concern in audits 0 and 2. Audits 0-2 close.
        foreach (var (audit, a) in thematic.Select((x, a) => (x, a)))
        {
            for (var c = 0; c < 6; c++)
            {
                var (grade, category) = (Grades[(a + c) % 4], CaseCategories[c]);
                Add((id, t) => new CaseGraded(id, partnership, t, Coordinator, audit, Theme.From($"Theme {a}"), Year, category, GradeScaleKey.From("ofsted-4"), GradeCode.From(grade), (a + c) % 4 < 2, Id($"case-{a}", c)));
                for (var g = 0; g < 3; g++)
                {
                    var agency = agencies[g];
                    Add((id, t) => new ReturnSubmitted(id, partnership, t, Coordinator, audit, Theme.From($"Theme {a}"), Year, agency, category, GradeCode.From(grade), (a + c) % 4 < 2, Id($"return-{a}-{c}", g)));
                }
            }

            for (var f = 0; f < 5; f++)
            {
                var kind = f < 2 ? FindingKind.GoodPractice : FindingKind.AreaForDevelopment;
                Add((id, t) => new FindingRecorded(id, partnership, t, Coordinator, audit, Theme.From($"Theme {a}"), Year, Id($"finding-{a}", f), kind, $"Finding {f}", null));
            }

            if (a % 2 == 0)
            {
                Add((id, t) => new ImmediateConcernRaised(id, partnership, t, Coordinator, audit, Id("concern", a), CaseKey.From("SH-2027-0" + a), agencies[1], "A child at risk."));
            }

            if (a < 3)
            {
                Add((id, t) => new AuditClosed(id, partnership, t, Coordinator, audit, Theme.From($"Theme {a}"), Year, a + 1));
            }
        }

        // A replaced return replaces its grade: still 72 agency returns.
        Add((id, t) => new ReturnSubmitted(id, partnership, t, Coordinator, thematic[0], Theme.From("Theme 0"), Year, agencies[0], CaseCategory.EarlyHelp, GradeCode.From("good"), true, Id("return-0-0", 0)));

        // The general audit's quarter passes undone.
        Add((id, t) => new ScheduledItemOverdue(id, partnership, t, Actor.System, programme, general, ScheduledItemKind.GeneralAudit, Theme.From("General"), new DateOnly(2027, 12, 31), Year));

        // Section 11: twelve invited (8 then 4), ten return three self-scores of 3; indicator 5.2 moderated to 1 (weak)
        // for four of them and confirmed at 3 for six; five reminders; closed.
        var cycle = Id("s11-cycle");
        Add((id, t) => new CycleLaunched(id, partnership, t, Coordinator, cycle, SelfAssessmentKind.Section11, Year, new DateOnly(2027, 3, 31), FrameworkKey.From("section-11"), SchemeKey.From("self-score-0-3")));
        Add((id, t) => new OrganisationsInvited(id, partnership, t, Coordinator, cycle, SelfAssessmentKind.Section11, Year, agencies.Take(8).ToList()));
        Add((id, t) => new OrganisationsInvited(id, partnership, t, Coordinator, cycle, SelfAssessmentKind.Section11, Year, agencies.Skip(8).ToList()));
        for (var i = 0; i < 10; i++)
        {
            var (agency, assessment) = (agencies[i], Id("assessment", i));
            Add((id, t) => new AssessmentSubmitted(id, partnership, t, new Actor("auditor", agency.ToString()), assessment, cycle, agency, SelfAssessmentKind.Section11, Year,
                [Score(1, "1.1", "3", 1), Score(5, "5.2", "3", 1), Score(8, "8.1", "3", 1)]));
            var weak = i < 4;
            Add((id, t) => new IndicatorModerated(id, partnership, t, Coordinator, assessment, cycle, agency, 5, IndicatorNumber.From("5.2"), SchemeKey.From("self-score-0-3"), ScoreCode.From(weak ? "1" : "3"),
                SelfAssessmentKind.Section11, Year, weak ? 3 : 1, weak));
        }

        for (var r = 0; r < 5; r++)
        {
            var agency = agencies[10 + (r % 2)];
            Add((id, t) => new ReturnReminderDue(id, partnership, t, Actor.System, cycle, SelfAssessmentKind.Section11, Year, agency, new DateOnly(2027, 3, 31), r > 1));
        }

        Add((id, t) => new CycleClosed(id, partnership, t, Coordinator, cycle, SelfAssessmentKind.Section11, Year, 10, agencies.Skip(10).ToList()));

        // Forty actions: 0-9 completed and closed, 10-14 completed, 15-19 overdue (due 30 June), 20-29 on track (an older
        // "at risk" arriving later changes nothing), 30-34 at risk, 35-39 not started. Due 30 June 2027 for 0-19, 31 March 2028 after.
        for (var i = 0; i < 40; i++)
        {
            var (action, owner, due) = (Id("action", i), agencies[i % 12], i < 20 ? new DateOnly(2027, 6, 30) : new DateOnly(2028, 3, 31));
            Add((id, t) => new ActionCreated(id, partnership, t, Coordinator, action, $"Action {i}", i % 2 == 0 ? ActionSourceKind.Audit : ActionSourceKind.Section11, null, owner, due));
            switch (i)
            {
                case < 10:
                    Add((id, t) => new ActionStatusChanged(id, partnership, t, Coordinator, action, owner, ActionProgress.Completed));
                    Add((id, t) => new ActionClosed(id, partnership, t, Coordinator, action, owner, "Re-audit shows the change."));
                    break;
                case < 15:
                    Add((id, t) => new ActionStatusChanged(id, partnership, t, Coordinator, action, owner, ActionProgress.Completed));
                    break;
                case < 20:
                    Add((id, t) => new ActionStatusChanged(id, partnership, t, Coordinator, action, owner, ActionProgress.OnTrack));
                    Add((id, t) => new ActionOverdue(id, partnership, t, Actor.System, action, owner, due));
                    break;
                case < 30:
                    var older = at;
                    Add((id, t) => new ActionStatusChanged(id, partnership, t, Coordinator, action, owner, ActionProgress.OnTrack));
                    messages.Add(new ActionStatusChanged(Next(), partnership, older.AddSeconds(-30), Coordinator, action, owner, ActionProgress.AtRisk));
                    break;
                case < 35:
                    Add((id, t) => new ActionStatusChanged(id, partnership, t, Coordinator, action, owner, ActionProgress.AtRisk));
                    break;
            }
        }

        // Two reviews: one decided (its rapid-review deadline was at risk), one whose panel notification was missed.
        Add((id, t) => new ReviewOpened(id, partnership, t, Coordinator, Id("review", 0), ReviewKind.RapidReview, Theme.From("Neglect")));
        Add((id, t) => new ReviewDeadlineAtRisk(id, partnership, t, Actor.System, Id("review", 0), StatutoryDeadline.RapidReview, new DateOnly(2027, 2, 1), false));
        Add((id, t) => new ReviewDecisionRecorded(id, partnership, t, Coordinator, Id("review", 0), ReviewDecision.PracticeLearningReview, Theme.From("Neglect"), new DateOnly(2027, 1, 28)));
        Add((id, t) => new ReviewOpened(id, partnership, t, Coordinator, Id("review", 1), ReviewKind.RapidReview, Theme.From("Exploitation")));
        Add((id, t) => new ReviewDeadlineAtRisk(id, partnership, t, Actor.System, Id("review", 1), StatutoryDeadline.PanelNotification, new DateOnly(2027, 5, 10), true));

        // Learning: three briefings, four practitioners' ratings 5, 4, 4, 3.
        for (var b = 0; b < 3; b++)
        {
            var briefing = Id("briefing", b);
            Add((id, t) => new BriefingPublished(id, partnership, t, Coordinator, briefing, $"Briefing {b}", BriefingSourceKind.Audit, thematic[b]));
        }

        foreach (var rating in new[] { 5, 4, 4, 3 })
        {
            Add((id, t) => new TrainingFeedbackReceived(id, partnership, t, new Actor("practitioner", null), Id("workshop"), TrainingKind.AuditWorkshop, "Exploitation", agencies[2], rating));
        }

        return messages;
    }
}
