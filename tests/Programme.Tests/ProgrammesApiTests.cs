using System.Net;
using System.Net.Http.Headers;
using Safeguarding.Contracts.Programme;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class ProgrammesApiTests(ProgrammeService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private static object Exploitation(int quarter = 1) =>
        new { quarter, theme = "Child exploitation", categories = new[] { "ChildProtection", "ChildInNeed" } };

    private async Task<AuditProgramme> Create2027()
    {
        var response = await Coordinator.PostJsonAsync("/api/programmes", new { year = 2027 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<AuditProgramme>();
    }

    private static HttpRequestMessage Schedule(Guid programmeId, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/programmes/{programmeId}/audits")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options),
        };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }

    [Fact]
    public async Task An_export_of_the_event_log_is_in_the_partnerships_access_log_and_in_no_other()
    {
        (await Coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).EnsureSuccessStatusCode();
        (await Coordinator.GetAsync("/api/programmes/export/events")).EnsureSuccessStatusCode();

        var ours = await (await Coordinator.GetAsync("/api/programmes/access-log")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();
        var theirs = await (await service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/programmes/access-log"))
            .ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        Assert.Equal(["event-export"], ours.Select(r => r.Kind));
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task Reads_of_the_directory_whose_contacts_are_personal_data_are_in_the_access_log_by_person()
    {
        (await Coordinator.GetAsync("/api/organisations")).EnsureSuccessStatusCode();

        var mine = await (await Coordinator.GetAsync("/api/programmes/access-log?subject=test-coordinator")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();
        var nobodys = await (await Coordinator.GetAsync("/api/programmes/access-log?subject=test-board-reader")).ReadAsync<List<Safeguarding.EventSourcing.Access.RecordRead>>();

        Assert.Equal(["organisations"], mine.Select(r => r.Kind));
        Assert.Empty(nobodys);
    }

    [Fact]
    public async Task A_year_has_one_programme_and_a_second_is_refused_naming_the_first()
    {
        var programme = await Create2027();

        var problem = await (await Coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).ReadProblemAsync(409);

        Assert.Equal("2027 already has a programme.", problem.Title);
        Assert.Contains($"/api/programmes/{programme.Id}", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_with_the_current_version_adds_the_audit()
    {
        var programme = await Create2027();

        var response = await Coordinator.SendAsync(Schedule(programme.Id, Exploitation(), "\"1\""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var scheduled = await response.ReadAsync<ScheduledAudit>();
        Assert.Equal($"/api/audits/{scheduled.AuditId}", response.Headers.Location?.ToString());
        var read = await Coordinator.GetAsync($"/api/programmes/{programme.Id}");
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        Assert.Equal(scheduled.AuditId, Assert.Single((await read.ReadAsync<AuditProgramme>()).Items).ItemId);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        var programme = await Create2027();
        await Coordinator.SendAsync(Schedule(programme.Id, Exploitation(1), "\"1\""));

        var stale = await Coordinator.SendAsync(Schedule(programme.Id, Exploitation(2), "\"1\""));

        await stale.ReadProblemAsync(412);
        var read = await (await Coordinator.GetAsync($"/api/programmes/{programme.Id}")).ReadAsync<AuditProgramme>();
        Assert.Single(read.Items);
    }

    [Fact]
    public async Task A_bad_schedule_is_refused_field_by_field()
    {
        var programme = await Create2027();

        var response = await Coordinator.SendAsync(Schedule(programme.Id, new { quarter = 7, theme = "", categories = Array.Empty<string>() }, null));

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["categories", "quarter", "theme"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task An_unknown_programme_is_not_found()
    {
        await (await Coordinator.SendAsync(Schedule(Guid.NewGuid(), Exploitation(), null))).ReadProblemAsync(404);
        await (await Coordinator.GetAsync($"/api/programmes/{Guid.NewGuid()}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task A_scheduled_audit_is_published_once_committed_with_the_event_id_as_message_id()
    {
        await using var probe = await BusProbe<AuditScheduled>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var programme = await Create2027();

        var scheduled = await (await Coordinator.SendAsync(Schedule(programme.Id, Exploitation(), null))).ReadAsync<ScheduledAudit>();

        var received = await probe.WaitForAsync(m => m.AuditId == scheduled.AuditId, TimeSpan.FromSeconds(20));
        Assert.Equal(_partnership, received.Message.PartnershipId);
        Assert.Equal(2027, received.Message.Year);
        Assert.Equal(received.Message.EventId, received.MessageId);
        Assert.Equal("test-coordinator", received.Message.Actor.Id);
    }
}
