using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.Learning.Actions;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

[Collection(nameof(LearningServiceCollection))]
public class ActionsApiTests(LearningService service)
{
    private readonly ProgrammeProducer _programme = ProgrammeProducer.WithDirectory(TestTokens.NewPartnership(), ("Health visiting", OrganisationKind.RelevantAgency));

    private string Partnership => _programme.PartnershipId;

    private Guid Owner => _programme.Registered("Health visiting", OrganisationKind.RelevantAgency);

    private HttpClient Coordinator => service.Host.ClientFor(Partnership, Roles.Coordinator);

    private object Action(string what = "Refresh neglect training for health visitors") =>
        new { what, why = "Neglect audit: chronologies missing", ownerOrganisationId = Owner, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)), testTheme = "Neglect" };

    private async Task<HttpResponseMessage> RecordedAsync()
    {
        await service.Host.PublishAsync(_programme.Sent);
        return await Eventually.Get(() => Coordinator.PostJsonAsync("/api/actions", Action()), r => r.StatusCode != HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_action_is_recorded_listed_and_published_with_the_learning_a_later_audit_should_test()
    {
        await using var created = await BusProbe<Integration.ActionCreated>.StartAsync(service.Host.RabbitMq.AmqpUri);
        await using var toTest = await BusProbe<Integration.LearningToTest>.StartAsync(service.Host.RabbitMq.AmqpUri);

        var response = await RecordedAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var action = await response.ReadAsync<ImprovementAction>();
        var mine = await (await Coordinator.GetAsync($"/api/actions?ownerOrganisationId={Owner}&status=NotStarted")).ReadAsync<List<ImprovementAction>>();
        Assert.Equal([action.Id], mine.Select(a => a.Id));
        Assert.Equal(Owner, (await created.WaitForAsync(m => m.ActionId == action.Id, TimeSpan.FromSeconds(20))).Message.OwnerOrganisationId);
        Assert.Equal("Neglect", (await toTest.WaitForAsync(m => m.LearningId == action.Id, TimeSpan.FromSeconds(20))).Message.Theme.Value);
    }

    [Fact]
    public async Task The_register_comes_a_page_at_a_time_with_its_count_and_the_way_to_the_next_page()
    {
        await RecordedAsync();
        foreach (var what in new[] { "Audit chronologies", "Refresh the neglect toolkit" })
        {
            (await Coordinator.PostJsonAsync("/api/actions", Action(what))).EnsureSuccessStatusCode();
        }

        var first = await Coordinator.GetAsync($"/api/actions?ownerOrganisationId={Owner}&pageSize=2");
        var firstPage = await first.ReadAsync<List<ImprovementAction>>();
        var next = Paging.NextPage(first.Headers)!;
        var second = await Coordinator.GetAsync(next);
        var secondPage = await second.ReadAsync<List<ImprovementAction>>();
        var whole = await (await Coordinator.GetAsync($"/api/actions?ownerOrganisationId={Owner}")).ReadAsync<List<ImprovementAction>>();

        Assert.Equal("3", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(2, firstPage.Count);
        Assert.Equal(whole.Select(a => a.Id), firstPage.Concat(secondPage).Select(a => a.Id));
        Assert.Contains("ownerOrganisationId=", next, StringComparison.Ordinal);
        Assert.Null(Paging.NextPage(second.Headers));
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=first", "page")]
    [InlineData("page=1&page=2", "page")]
    public async Task A_page_out_of_range_is_refused_naming_it(string query, string field) =>
        Assert.Contains(field, (await (await Coordinator.GetAsync($"/api/actions?{query}")).ReadProblemAsync(400)).Errors.Keys);

    [Fact]
    public async Task Every_reader_gets_an_action_and_its_history_alike()
    {
        var action = await (await RecordedAsync()).ReadAsync<ImprovementAction>();

        var answers = await EveryReader.AssertAnswerAlikeAsync(
            service.Host, Partnership, EveryReader.Of(Owner, Guid.NewGuid()), $"/api/actions/{action.Id}", $"/api/actions/{action.Id}/history");

        Assert.Equal(HttpStatusCode.OK, answers[new(Roles.AgencyAuditor, Owner)]);
    }

    [Fact]
    public async Task Owners_update_their_own_actions_only_and_the_history_shows_who()
    {
        var action = await (await RecordedAsync()).ReadAsync<ImprovementAction>();
        var owner = service.Host.ClientFor(Partnership, Roles.AgencyAuditor, Owner.ToString());
        var stranger = service.Host.ClientFor(Partnership, Roles.AgencyAuditor, Guid.NewGuid().ToString());

        await (await stranger.PostJsonAsync($"/api/actions/{action.Id}/progress", new { progress = "OnTrack", note = "Not mine" })).ReadProblemAsync(403);
        await (await Coordinator.PostJsonAsync($"/api/actions/{action.Id}/progress", new { progress = "OnTrack", note = "Not theirs" })).ReadProblemAsync(403);
        var updated = await (await owner.PostJsonAsync($"/api/actions/{action.Id}/progress", new { progress = "OnTrack", note = "Sessions booked." })).ReadAsync<ImprovementAction>();
        var history = await (await Coordinator.GetAsync($"/api/actions/{action.Id}/history")).ReadAsync<List<HistoryDto>>();

        Assert.Equal(ActionStatus.OnTrack, updated.Status);
        Assert.Equal(["action_created", "action_progress_reported"], history.Select(h => h.Event));
        Assert.Equal("test-agency-auditor", history[1].By);
    }

    private sealed record HistoryDto(string Event, string By);

    [Fact]
    public async Task A_bad_action_names_its_fields()
    {
        var problem = await (await Coordinator.PostJsonAsync("/api/actions", new { what = " ", dueDate = "2001-01-01" })).ReadProblemAsync(400);

        Assert.Equal(["dueDate", "ownerOrganisationId", "what", "why"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_board_reader_reads_but_does_not_record()
    {
        var reader = service.Host.ClientFor(Partnership, Roles.BoardReader);

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
