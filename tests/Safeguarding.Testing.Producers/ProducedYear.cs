using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// A partnership's 2027 as the four producing services really publish it, each step taken by their own decisions:
/// twelve agencies (one renamed); a programme of four thematic audits (Q1-Q4), the general audit (Q3, overdue), the Section 11 (Q1) and
/// Section 175 (Q4) cycles; four audits of six cases, each case known to agencies 0-2, every case and return graded (audit a, case c:
/// grade (a + c) % 4 on the Ofsted scale), two good-practice findings and three areas for development each, a concern
/// in audits 0 and 2, audits 0-2 closed with an action each; a Section 11 cycle of twelve agencies (8 then 4 invited),
/// ten returning every indicator at 3, indicator 5.2 moderated to 1 (weak) for agencies 0-3, five reminders to 10 and
/// 11, closed; forty actions; two reviews; three briefings and four practitioners' ratings. Tests work their expected
/// figures out by hand from this description, not from this code.
/// </summary>
public sealed class ProducedYear
{
    public const int Year = 2027;
    public static readonly DateTimeOffset Start = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly string[] Grades = ["outstanding", "good", "requires-improvement", "inadequate"];

    private static readonly CaseCategory[] CaseCategories =
        [CaseCategory.EarlyHelp, CaseCategory.ChildInNeed, CaseCategory.ChildProtection, CaseCategory.LookedAfterChild, CaseCategory.ChildProtection, CaseCategory.LookedAfterChild];

    private ProducedYear(string partnershipId) => PartnershipId = partnershipId;

    public string PartnershipId { get; }

    /// <summary>Agency i is "Agency i"; agency 0 is renamed "Agency 0 (renamed)".</summary>
    public IReadOnlyList<Guid> Agencies { get; private set; } = [];

    public IReadOnlyList<Guid> ThematicAudits { get; private set; } = [];

    /// <summary>Every message, in the order each service's outbox published it (services interleaved as the year went).</summary>
    public IReadOnlyList<IIntegrationEvent> Messages { get; private set; } = [];

    public static ProducedYear For(string partnershipId)
    {
        var year = new ProducedYear(partnershipId);
        var clock = new ProducerClock(Start);
        var sent = new List<IIntegrationEvent>();
        var programme = new ProgrammeProducer(partnershipId, clock);

        // The directory, and the programme: Q1-Q4 thematic audits, the general audit (Q4), Section 11 (Q1), Section 175 (Q2).
        var agencies = Enumerable.Range(0, 12).Select(i => programme.Register($"Agency {i}", OrganisationKind.RelevantAgency)).ToList();
        programme.Rename(agencies[0], "Agency 0 (renamed)", OrganisationKind.StatutoryPartner);
        programme.CreateProgramme(Year);
        CaseCategory[] all = [.. Enum.GetValues<CaseCategory>()];
        var thematic = Enumerable.Range(0, 4).Select(q => programme.Schedule(ScheduledItemKind.ThematicAudit, q + 1, $"Theme {q}", all)).ToList();
        var general = programme.Schedule(ScheduledItemKind.GeneralAudit, 3, "General", all);
        programme.Schedule(ScheduledItemKind.Section11Cycle, 1, "Section 11 self-assessment");
        programme.Schedule(ScheduledItemKind.Section175Cycle, 4, "Section 175 self-assessment");
        programme.PublishProgramme();
        var directory = agencies.ToHashSet();
        var learning = new LearningProducer(partnershipId, directory, clock);

        // Forty actions, by index: due 30 June 2027 for 0-19, 31 March 2028 after; owned by agency (index % 12). Audits'
        // actions are 0-2, Section 11 plans' 12-15, the review's recommendation 35; the rest are recorded directly.
        DateOnly DueOf(int i) => i < 20 ? new DateOnly(2027, 6, 30) : new DateOnly(2028, 3, 31);
        var actions = new Guid[40];
        foreach (var i in Enumerable.Range(0, 40).Where(i => i is not (0 or 1 or 2 or 12 or 13 or 14 or 15 or 35)))
        {
            actions[i] = learning.RecordAction($"Action {i}", agencies[i % 12], DueOf(i));
        }

        // Audits: each opened from Programme's own message; the general audit opens and goes no further.
        var generalAudit = new AuditProducer(programme.AuditScheduled(general), directory, clock);
        var audits = new List<AuditProducer>();
        for (var a = 0; a < 4; a++)
        {
            var audit = new AuditProducer(programme.AuditScheduled(thematic[a]), directory, clock)
                .OpenReturns([.. CaseCategories.Select((category, c) => ($"SH-{Year}-{a}{c}", category))], _ => [agencies[0], agencies[1], agencies[2]]);
            for (var c = 0; c < 6; c++)
            {
                foreach (var agency in agencies.Take(3))
                {
                    audit.SubmitReturn(agency, audit.Audit.Cases[c].CaseKey, Grades[(a + c) % 4]);
                }
            }

            if (a % 2 == 0)
            {
                audit.RaiseConcern(audit.Audit.Cases[0].CaseKey, agencies[1], "A child at risk tonight.").AcknowledgeConcerns();
            }

            if (a == 0)
            {
                // A replaced return replaces its grade: still 72 agency returns.
                audit.SubmitReturn(agencies[0], audit.Audit.Cases[0].CaseKey, "good");
            }

            var grade = a;
            audit.CloseReturns().HoldMeeting(c => Grades[(grade + c) % 4],
                (FindingKind.GoodPractice, "Strategy meetings were timely."), (FindingKind.GoodPractice, "Children's words were recorded."),
                (FindingKind.AreaForDevelopment, "Return interviews were missed."), (FindingKind.AreaForDevelopment, "Plans drifted."),
                (FindingKind.AreaForDevelopment, "Fathers were not seen."));
            if (a < 3)
            {
                audit.ApproveReport($"What audit {a} found.").RaiseAction($"Action {a}", agencies[a], DueOf(a)).PresentAndClose();
                actions[a] = learning.Register(audit.Sent.OfType<ActionRaised>().Single());
                programme.Hear(audit.Sent.OfType<AuditClosed>().Single());
            }

            audits.Add(audit);
        }

        // Section 11: twelve invited, ten return, four moderated weak on 5.2 with an action each (actions 12-15), five reminders;
        // the first return's 5.2 is challenged and answered.
        var section11 = new Section11Producer(partnershipId, programme.Directory, clock, Year, new DateOnly(Year, 3, 31), "self-score-0-3")
            .Invite([.. agencies.Take(8)]).Invite([.. agencies.Skip(8)]);
        for (var i = 0; i < 10; i++)
        {
            section11.Submit(agencies[i], "3");
            var weak = i < 4;
            if (i == 0)
            {
                section11.Challenge(agencies[i], "5.2", "What share of staff have completed level 3 training?");
            }

            section11.Moderate(agencies[i], "5.2", weak ? "1" : "3", weak ? "Training completion is well below the expected level." : "Confirmed.")
                .AgreeActionPlan(agencies[i], $"Action {12 + i}", DueOf(12 + i));
        }

        foreach (var r in Enumerable.Range(0, 5))
        {
            section11.Remind(agencies[10 + (r % 2)]);
        }

        section11.Close();
        programme.Hear(section11.Sent.OfType<Contracts.Section11.CycleClosed>().Single());
        foreach (var raised in section11.Sent.OfType<Contracts.Section11.ActionRaised>())
        {
            actions[12 + agencies.IndexOf(raised.OrganisationId)] = learning.Register(raised);
        }

        // Reviews: one whose Rapid Review deadline was at risk, then decided, with a recommendation (action 35); one whose
        // panel notification was missed.
        var neglect = learning.RecordSeriousIncident("SI-2027-01", "Neglect", clock.Today);
        learning.NotifyPanel(neglect);
        var exploitation = learning.RecordSeriousIncident("SI-2027-02", "Exploitation", clock.Today.AddDays(-20));
        learning.CheckDeadlines(exploitation);
        clock.MoveTo(learning.Review(neglect).RapidReviewDue!.Due.AddDays(-1).ToDateTime(new TimeOnly(9, 0)));
        learning.CheckDeadlines(neglect).Decide(neglect, ReviewDecision.PracticeLearningReview);
        actions[35] = learning.Recommend(neglect, "Share neglect concerns with early help within five working days.", agencies[35 % 12], DueOf(35), "Neglect");

        // Learning: briefings from the closed audits, and four ratings of an audit workshop.
        foreach (var audit in audits.Take(3))
        {
            learning.PublishBriefingFromAudit(audit.Audit.Id, audit.Sent);
        }

        var workshop = learning.ScheduleWorkshop("Exploitation");
        learning.RecordAttendance(workshop, agencies[2], 12);
        foreach (var rating in new[] { 5, 4, 4, 3 })
        {
            learning.GiveFeedback(workshop, rating, agencies[2]);
        }

        // Where the actions stand by the year's end: 0-9 completed and closed, 10-14 completed, 15-19 on track but overdue,
        // 20-29 at risk then on track, 30-34 at risk, 35-39 not started.
        clock.MoveTo(new DateTimeOffset(Year, 7, 5, 9, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 35; i++)
        {
            switch (i)
            {
                case < 15:
                    learning.ReportProgress(actions[i], ActionProgress.Completed);
                    if (i < 10)
                    {
                        learning.Close(actions[i], "A re-audit shows the change.");
                    }

                    break;
                case < 20:
                    learning.ReportProgress(actions[i], ActionProgress.OnTrack).CheckOverdue(actions[i]);
                    break;
                case < 30:
                    learning.ReportProgress(actions[i], ActionProgress.AtRisk).ReportProgress(actions[i], ActionProgress.OnTrack);
                    break;
                default:
                    learning.ReportProgress(actions[i], ActionProgress.AtRisk);
                    break;
            }
        }

        // The general audit's quarter (Q3) passes undone; audit 3 (Q4) and the Section 175 cycle (Q4) are not due yet.
        clock.MoveTo(new DateTimeOffset(Year, 10, 1, 9, 0, 0, TimeSpan.Zero));
        programme.CheckOverdue();

        // The partnership's closure days over Christmas, set last so no deadline above moves.
        learning.SetClosureDays(new DateOnly(Year, 12, 29), new DateOnly(Year, 12, 30), new DateOnly(Year, 12, 31));

        year.Agencies = agencies;
        year.ThematicAudits = thematic;
        year.Messages = [.. programme.Sent, .. generalAudit.Sent, .. audits.SelectMany(a => a.Sent), .. section11.Sent, .. learning.Sent];
        return year;
    }
}
