using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Messaging;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.Audit.Tests.AuditFixtures;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Tests;

public class AuditIntegrationEventsTests
{
    private static object OnlyEvent(Decision decision) => Assert.Single(Assert.IsType<Decision.Accepted>(decision).Events);

    [Fact]
    public void Notifying_agencies_requests_one_return_per_agency_with_its_case_count()
    {
        var before = CasesSelected();
        var notified = OnlyEvent(AuditDecisions.NotifyAgencies(before, Agencies(), DirectoryCopy, Coordinator, Now));
        var after = before.Then(AuditDecisions.NotifyAgencies(before, Agencies(), DirectoryCopy, Coordinator, Now));
        var eventId = Guid.NewGuid();

        var messages = AuditIntegrationEvents.Map(eventId, "st-helens", notified, after).Cast<Integration.ReturnRequested>().ToList();

        Assert.Equal(new Dictionary<Guid, int> { [Council] = 4, [Health] = 2, [Police] = 2 }, messages.ToDictionary(m => m.OrganisationId, m => m.Cases));
        Assert.Equal(3, messages.Select(m => m.EventId).Distinct().Count());
        Assert.Equal(
            messages.Select(m => m.EventId),
            AuditIntegrationEvents.Map(eventId, "st-helens", notified, after).Select(m => m.EventId));
    }

    [Fact]
    public void The_meeting_becomes_a_grade_per_case_with_its_category_and_a_message_per_finding()
    {
        var before = At(AuditStage.ReturnsClosed);
        var decision = AuditDecisions.RecordMeeting(before, Meeting(before), DirectoryCopy, NextId, Coordinator, Now);
        var after = before.Then(decision);

        var messages = AuditIntegrationEvents.Map(Guid.NewGuid(), "st-helens", OnlyEvent(decision), after);

        var grades = messages.OfType<Integration.CaseGraded>().ToList();
        Assert.Equal(Enum.GetValues<CaseCategory>().Order(), grades.Select(g => g.Category).Order());
        Assert.All(grades, g => Assert.False(g.MeetsExpectation));
        Assert.Equal(2, messages.OfType<Integration.FindingRecorded>().Count());
        Assert.DoesNotContain(messages, m => m.ToString()!.Contains("SH-2027", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_action_is_raised_with_its_finding_for_the_register()
    {
        var before = At(AuditStage.ReportApproved);
        var decision = AuditDecisions.RaiseActions(before, new RaiseActions([new ActionInput("Audit return interviews", Police, Today.AddDays(30), before.Findings[0].FindingId)]), DirectoryCopy, NextId, Coordinator, Now);

        var raised = Assert.IsType<Integration.ActionRaised>(Assert.Single(AuditIntegrationEvents.Map(Guid.NewGuid(), "st-helens", OnlyEvent(decision), before.Then(decision))));

        Assert.Equal((Police, before.Findings[0].Text), (raised.OwnerOrganisationId, raised.Finding));
    }
}
