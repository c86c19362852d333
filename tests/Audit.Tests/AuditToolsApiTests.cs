using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Safeguarding.Audit.Tools;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

[Collection(nameof(AuditServiceCollection))]
public class AuditToolsApiTests(AuditService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Coordinator => service.Host.ClientFor(_partnership, Roles.Coordinator);

    private static HttpRequestMessage Revise(Guid toolId, ToolTemplateInput input, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/audit-tools/{toolId}") { Content = JsonContent.Create(input, options: Json.Options) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }

    private async Task<AuditTool> CopyExemplar(string name = "St Helens exploitation tool") =>
        await (await Coordinator.PostJsonAsync($"/api/audit-tools/{BuiltInTools.ExploitationExemplarId}/copies", new { name })).ReadAsync<AuditTool>();

    [Fact]
    public async Task The_built_in_tools_are_there_from_the_first_start()
    {
        var tools = await (await Coordinator.GetAsync("/api/audit-tools")).ReadAsync<List<ToolSummary>>();

        Assert.Contains(tools, t => t.Id == BuiltInTools.ExploitationExemplarId && t.IsBuiltIn && t.Sections == 13);
        Assert.Contains(tools, t => t.Id == BuiltInTools.GeneralCaseAuditId && t.IsBuiltIn);
        var scales = await (await Coordinator.GetAsync("/api/audit-tools/grade-scales")).ReadAsync<List<GradeScale>>();
        Assert.Equal("good", Assert.Single(scales).ExpectedMinimum);
    }

    [Fact]
    public async Task A_coordinator_copies_and_revises_a_tool_and_every_version_stays_readable()
    {
        var copy = await CopyExemplar();
        Assert.Equal(1, copy.Version);
        Assert.Equal(new ToolOrigin(BuiltInTools.ExploitationExemplarId, 1), copy.CopiedFrom);

        var input = ToolDecisions.ToInput(copy.Template) with { Name = "St Helens exploitation tool (2027)" };
        var revised = await Coordinator.SendAsync(Revise(copy.Id, input, "\"1\""));

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal("\"2\"", revised.Headers.ETag?.Tag);
        Assert.Equal("St Helens exploitation tool (2027)", (await (await Coordinator.GetAsync($"/api/audit-tools/{copy.Id}")).ReadAsync<AuditTool>()).Template.Name);
        var first = await (await Coordinator.GetAsync($"/api/audit-tools/{copy.Id}?version=1")).ReadAsync<AuditTool>();
        Assert.Equal("St Helens exploitation tool", first.Template.Name);
        await (await Coordinator.GetAsync($"/api/audit-tools/{copy.Id}?version=3")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task A_stale_revision_is_refused_and_changes_nothing()
    {
        var copy = await CopyExemplar();
        var input = ToolDecisions.ToInput(copy.Template);
        await Coordinator.SendAsync(Revise(copy.Id, input with { Name = "First change" }, "\"1\""));

        await (await Coordinator.SendAsync(Revise(copy.Id, input with { Name = "Second change" }, "\"1\""))).ReadProblemAsync(412);

        Assert.Equal("First change", (await (await Coordinator.GetAsync($"/api/audit-tools/{copy.Id}")).ReadAsync<AuditTool>()).Template.Name);
    }

    [Fact]
    public async Task A_built_in_tool_cannot_be_revised()
    {
        var input = ToolDecisions.ToInput(BuiltInTools.ExploitationExemplar);

        var problem = await (await Coordinator.SendAsync(Revise(BuiltInTools.ExploitationExemplarId, input, null))).ReadProblemAsync(409);

        Assert.Contains("copy", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bad_revision_names_its_fields_and_appends_nothing()
    {
        var copy = await CopyExemplar();
        var input = ToolDecisions.ToInput(copy.Template) with { GradeScale = "stars", Sections = [] };

        var problem = await (await Coordinator.SendAsync(Revise(copy.Id, input, null))).ReadProblemAsync(400);

        Assert.Equal(["gradeScale", "sections"], problem.Errors.Keys.Order());
        Assert.Equal(1, (await (await Coordinator.GetAsync($"/api/audit-tools/{copy.Id}")).ReadAsync<AuditTool>()).Version);
    }

    [Fact]
    public async Task Another_partnership_does_not_see_our_tools_and_an_auditor_cannot_copy()
    {
        var copy = await CopyExemplar("Private tool");
        var outsider = service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator);

        await (await outsider.GetAsync($"/api/audit-tools/{copy.Id}")).ReadProblemAsync(404);
        Assert.DoesNotContain(await (await outsider.GetAsync("/api/audit-tools")).ReadAsync<List<ToolSummary>>(), t => t.Id == copy.Id);
        var auditor = service.Host.ClientFor(_partnership, Roles.AgencyAuditor);
        await (await auditor.PostJsonAsync($"/api/audit-tools/{copy.Id}/copies", new { name = "Mine" })).ReadProblemAsync(403);
    }
}
