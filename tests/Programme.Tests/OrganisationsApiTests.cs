using System.Net;
using Safeguarding.Contracts;
using Safeguarding.Programme.Organisations;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

[Collection(nameof(ProgrammeServiceCollection))]
public class OrganisationsApiTests(ProgrammeService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    [Fact]
    public async Task A_coordinator_registers_an_organisation_and_reads_it_back()
    {
        var created = await Coordinator.PostJsonAsync("/api/organisations", new { name = "Merseyside Police", kind = "StatutoryPartner" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var organisation = await created.ReadAsync<DirectoryEntry>();
        Assert.Equal($"/api/organisations/{organisation.Id}", created.Headers.Location?.OriginalString);

        var read = await Coordinator.GetAsync($"/api/organisations/{organisation.Id}");
        Assert.Equal("Merseyside Police", (await read.ReadAsync<DirectoryEntry>()).Name);

        var list = await (await Coordinator.GetAsync("/api/organisations?kind=StatutoryPartner")).ReadAsync<List<DirectoryEntry>>();
        Assert.Equal([organisation.Id], list.Select(o => o.Id));
    }

    [Fact]
    public async Task Registering_the_same_organisation_twice_is_a_conflict()
    {
        await Coordinator.PostJsonAsync("/api/organisations", new { name = "Cafcass", kind = "RelevantAgency" });

        var again = await Coordinator.PostJsonAsync("/api/organisations", new { name = "CAFCASS", kind = "RelevantAgency" });

        await again.ReadProblemAsync(409);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_problem_response()
    {
        var response = await Coordinator.PostJsonAsync("/api/organisations", new { name = "" });

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["kind", "name"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named_in_a_problem_response()
    {
        var response = await Coordinator.PostJsonAsync("/api/organisations", new { name = "A school", kind = "Nonsense" });

        var problem = await response.ReadProblemAsync(400);
        Assert.Equal(["kind"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_response()
    {
        var response = await Coordinator.PostAsync(
            "/api/organisations", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(400);
    }

    [Fact]
    public async Task Without_a_token_the_directory_is_closed()
    {
        var response = await service.Host.CreateClient().GetAsync("/api/organisations");

        await response.ReadProblemAsync(401);
    }

    [Fact]
    public async Task A_board_reader_can_read_but_not_register()
    {
        var reader = service.Host.ClientFor(_partnership, Roles.BoardReader);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/organisations")).StatusCode);
        await (await reader.PostJsonAsync("/api/organisations", new { name = "X", kind = "School" })).ReadProblemAsync(403);
    }

    [Fact]
    public async Task Another_partnership_sees_none_of_it()
    {
        var created = await (await Coordinator.PostJsonAsync("/api/organisations", new { name = "Demo School", kind = "School", schoolPhase = "Primary", schoolType = "Academy" }))
            .ReadAsync<DirectoryEntry>();
        var outsider = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        await (await outsider.GetAsync($"/api/organisations/{created.Id}")).ReadProblemAsync(404);
        Assert.Empty(await (await outsider.GetAsync("/api/organisations")).ReadAsync<List<DirectoryEntry>>());
    }

    [Fact]
    public async Task Details_and_contacts_are_updated_and_the_change_is_published()
    {
        await using var probe = await BusProbe<Safeguarding.Contracts.Programme.OrganisationUpdated>.StartAsync(service.Host.RabbitMq.AmqpUri);
        var school = await (await Coordinator.PostJsonAsync("/api/organisations",
            new { name = "Demo Hillside Primary", kind = "School", schoolPhase = "Primary", schoolType = "Maintained" })).ReadAsync<DirectoryEntry>();

        await Coordinator.PutJsonAsync($"/api/organisations/{school.Id}",
            new { name = "Demo Hillside Primary Academy", kind = "School", schoolPhase = "Primary", schoolType = "Academy" });
        var updated = await (await Coordinator.PutJsonAsync($"/api/organisations/{school.Id}/contacts", new
        {
            contacts = new[] { new { role = "designated-safeguarding-lead", name = "DSL", email = "DSL@hillside.example" } },
        })).ReadAsync<DirectoryEntry>();

        Assert.Equal((school.Id, SchoolType.Academy, 3L), (updated.Id, updated.SchoolType, updated.Version));
        Assert.Equal("dsl@hillside.example", Assert.Single(updated.Contacts).Email);
        var published = await probe.WaitForAsync(m => m.OrganisationId == school.Id, TimeSpan.FromSeconds(20));
        Assert.Equal("Demo Hillside Primary Academy", published.Message.Name);
    }

    [Fact]
    public async Task A_force_serving_two_partnerships_is_one_organisation_with_two_memberships_and_their_own_contacts()
    {
        var force = await (await Coordinator.PostJsonAsync("/api/organisations", new
        {
            name = $"Demo Constabulary {Guid.NewGuid():N}",
            kind = "StatutoryPartner",
            contacts = new[] { new { role = "safeguarding-lead", name = "DI North", email = "di.north@police.example" } },
        })).ReadAsync<DirectoryEntry>();
        var neighbourId = TestTokens.NewPartnership();
        var neighbour = service.Host.ClientFor(neighbourId, Roles.Coordinator);
        await using var probe = await BusProbe<Safeguarding.Contracts.Programme.OrganisationUpdated>.StartAsync(service.Host.RabbitMq.AmqpUri);

        var found = Assert.Single(await (await neighbour.GetAsync($"/api/organisations/registry?name={Uri.EscapeDataString(force.Name[..20])}")).ReadAsync<List<RegistryEntry>>(), r => r.Id == force.Id);
        Assert.Equal(1, found.Partnerships);
        var asked = await (await neighbour.PostJsonAsync($"/api/organisations/{force.Id}/join", new
        {
            contacts = new[] { new { role = "safeguarding-lead", name = "DI South", email = "di.south@police.example" } },
        })).ReadAsync<RegistryEntry>();
        await (await neighbour.PostJsonAsync($"/api/organisations/{force.Id}/join", new { })).ReadProblemAsync(409);
        Assert.Equal((1, true), (asked.Partnerships, asked.JoinRequested));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/organisations/{force.Id}")).StatusCode);

        // The partnership that registered the force agrees; the one asking cannot agree for itself.
        await (await neighbour.PostJsonAsync($"/api/organisations/{force.Id}/requests/{neighbourId}/approve", new { })).ReadProblemAsync(403);
        var waiting = Assert.Single(await (await Coordinator.GetAsync("/api/organisations/requests")).ReadAsync<List<PendingRequest>>(), r => r.OrganisationId == force.Id);
        Assert.Equal((neighbourId, null), (waiting.PartnershipId, waiting.Proposed));
        (await Coordinator.PostJsonAsync($"/api/organisations/{force.Id}/requests/{neighbourId}/approve", new { })).EnsureSuccessStatusCode();
        var joined = await (await neighbour.GetAsync($"/api/organisations/{force.Id}")).ReadAsync<DirectoryEntry>();

        Assert.Equal((force.Id, 2), (joined.Id, joined.Partnerships));
        Assert.Equal("DI South", Assert.Single(joined.Contacts).Name);
        Assert.Equal("DI North", Assert.Single((await (await Coordinator.GetAsync($"/api/organisations/{force.Id}")).ReadAsync<DirectoryEntry>()).Contacts).Name);

        // The neighbour's rename is a proposal until the registering partnership accepts it.
        var proposed = await (await neighbour.PutJsonAsync($"/api/organisations/{force.Id}", new { name = force.Name + " (renamed)", kind = "StatutoryPartner" })).ReadAsync<DirectoryEntry>();
        Assert.Equal((force.Name, force.Name + " (renamed)"), (proposed.Name, proposed.ProposedChange?.Name));
        Assert.Equal(force.Name, (await (await Coordinator.GetAsync($"/api/organisations/{force.Id}")).ReadAsync<DirectoryEntry>()).Name);
        (await Coordinator.PostJsonAsync($"/api/organisations/{force.Id}/proposals/{neighbourId}/accept", new { })).EnsureSuccessStatusCode();
        Assert.EndsWith("(renamed)", (await (await Coordinator.GetAsync($"/api/organisations/{force.Id}")).ReadAsync<DirectoryEntry>()).Name, StringComparison.Ordinal);
        var first = await probe.WaitForAsync(m => m.OrganisationId == force.Id, TimeSpan.FromSeconds(20));
        var second = await probe.WaitForAsync(m => m.OrganisationId == force.Id, TimeSpan.FromSeconds(20));
        Assert.NotEqual(first.Message.PartnershipId, second.Message.PartnershipId);
    }
}
