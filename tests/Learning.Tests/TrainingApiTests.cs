using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Training;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using AuditIntegration = Safeguarding.Contracts.Audit;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class TrainingApiTests(LearningService service)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly ProgrammeProducer _programme = ProgrammeProducer.WithDirectory(TestTokens.NewPartnership(), ("Merseyside Police", OrganisationKind.StatutoryPartner));

    private string Partnership => _programme.PartnershipId;

    private Guid Police => _programme.Registered("Merseyside Police", OrganisationKind.StatutoryPartner);

    private HttpClient TrainingManager => service.Host.ClientFor(Partnership, Roles.TrainingManager);

    [Fact]
    public async Task A_workshop_on_an_audit_finding_records_attendance_and_practitioner_feedback_and_answers_the_training_need()
    {
        await using var feedbackProbe = await BusProbe<Integration.TrainingFeedbackReceived>.StartAsync(service.Host.RabbitMq.AmqpUri);
        _programme.CreateProgramme(2027);
        var auditId = _programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Child exploitation", CaseCategory.ChildProtection);
        var audit = new AuditProducer(_programme.AuditScheduled(auditId), new HashSet<Guid> { Police }, new ProducerClock(DateTimeOffset.UtcNow))
            .RunToClosed(Police, [(FindingKind.AreaForDevelopment, "Screening tools were not used.")]);
        var finding = audit.Sent.OfType<AuditIntegration.FindingRecorded>().Single();
        await service.Host.PublishAsync([.. _programme.Sent.OfType<Safeguarding.Contracts.Programme.OrganisationRegistered>(), finding]);
        await Eventually.Get(() => TrainingManager.GetAsync($"/api/briefings/audits/{auditId}"), r => r.StatusCode == HttpStatusCode.OK);

        var need = await (await TrainingManager.PostJsonAsync("/api/training/needs", new { sourceFindingId = finding.FindingId })).ReadAsync<TrainingNeed>();
        Assert.Equal(("Child exploitation", "Screening tools were not used."), (need.Topic, need.Reason));
        var workshop = await (await TrainingManager.PostJsonAsync("/api/training/events", new { kind = "AuditWorkshop", topic = "Using the exploitation screening tool", date = Today, linkedFindings = new[] { finding.FindingId } })).ReadAsync<TrainingEvent>();
        await Eventually.Get(() => TrainingManager.PostJsonAsync($"/api/training/events/{workshop.Id}/attendance", new { organisationId = Police, attendees = 14 }), r => r.StatusCode == HttpStatusCode.OK);
        (await TrainingManager.PostJsonAsync($"/api/training/needs/{need.Id}/addressed", new { eventId = workshop.Id })).EnsureSuccessStatusCode();

        var practitioner = service.Host.ClientFor(Partnership, Roles.AgencyAuditor, Police.ToString());
        var mine = await (await practitioner.PostJsonAsync($"/api/training/events/{workshop.Id}/feedback", new { whatWillChange = "I will complete the screening tool at the first missing episode.", rating = 4 })).ReadAsync<ProgrammeLine>();
        await (await practitioner.PostJsonAsync($"/api/training/events/{workshop.Id}/feedback", new { whatWillChange = "", rating = 9 })).ReadProblemAsync(400);
        await (await practitioner.GetAsync($"/api/training/events/{workshop.Id}")).ReadProblemAsync(403);

        var programme = await (await TrainingManager.GetAsync("/api/training/programme")).ReadAsync<TrainingProgramme>();
        var line = Assert.Single(programme.Events);
        Assert.Equal((14, 1, 4.0), (line.Attendees, line.FeedbackCount, line.AverageRating));
        Assert.Equal(1, mine.FeedbackCount);
        Assert.Empty(programme.OpenNeeds);
        Assert.Equal(4, (await feedbackProbe.WaitForAsync(m => m.TrainingEventId == workshop.Id, TimeSpan.FromSeconds(20))).Message.Rating);
    }

    [Fact]
    public async Task Feedback_waits_for_the_event_and_a_workshop_links_only_findings_the_partnership_knows()
    {
        var unknown = await (await TrainingManager.PostJsonAsync("/api/training/events", new { kind = "AuditWorkshop", topic = "Neglect", date = Today, linkedFindings = new[] { Guid.NewGuid() } })).ReadProblemAsync(400);
        Assert.Equal(["linkedFindings[0]"], unknown.Errors.Keys);

        var future = await (await TrainingManager.PostJsonAsync("/api/training/events", new { kind = "Training", topic = "Neglect toolkit", date = Today.AddDays(30) })).ReadAsync<TrainingEvent>();
        await (await service.Host.ClientFor(Partnership, Roles.AgencyAuditor, Police.ToString())
            .PostJsonAsync($"/api/training/events/{future.Id}/feedback", new { whatWillChange = "Early", rating = 5 })).ReadProblemAsync(409);
        await (await service.Host.ClientFor(Partnership, Roles.BoardReader).PostJsonAsync("/api/training/events", new { kind = "Training", topic = "x", date = Today })).ReadProblemAsync(403);
    }
}
