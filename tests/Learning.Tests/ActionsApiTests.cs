using System.Net;
using Safeguarding.Learning.Actions;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class ActionsApiTests(LearningService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();
    private readonly Guid _owner = Guid.NewGuid();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private object Action(string title = "Refresh neglect training for health visitors") =>
        new { title, ownerOrganisationId = _owner, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)) };

    [Fact]
    public async Task An_action_is_recorded_listed_and_published()
    {
        await using var probe = await BusProbe<Integration.ImprovementActionRecorded>.StartAsync(service.Host.RabbitMq.AmqpUri);

        var response = await Coordinator.PostJsonAsync("/api/actions", Action());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var action = await response.ReadAsync<ImprovementAction>();
        var mine = await (await Coordinator.GetAsync($"/api/actions?ownerOrganisationId={_owner}")).ReadAsync<List<ImprovementAction>>();
        Assert.Equal([action.Id], mine.Select(a => a.Id));
        var received = await probe.WaitForAsync(m => m.ActionId == action.Id, TimeSpan.FromSeconds(20));
        Assert.Equal(_owner, received.Message.OwnerOrganisationId);
    }

    [Fact]
    public async Task A_bad_action_names_its_fields()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/actions", new { title = " ", dueDate = "2001-01-01" })).ReadProblemAsync(400);

        Assert.Equal(["dueDate", "ownerOrganisationId", "title"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_board_reader_reads_but_does_not_record()
    {
        var reader = service.Host.ClientFor(_partnership, Roles.BoardReader);

        await (await reader.PostJsonAsync("/api/actions", Action())).ReadProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/actions")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_action_is_not_found() =>
        await (await Coordinator.GetAsync($"/api/actions/{Guid.NewGuid()}")).ReadProblemAsync(404);

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_named_in_a_problem_response()
    {
        var problem = await (await Coordinator.GetAsync("/api/actions?ownerOrganisationId=not-a-guid")).ReadProblemAsync(400);

        Assert.Equal(["ownerOrganisationId"], problem.Errors.Keys);
    }
}
