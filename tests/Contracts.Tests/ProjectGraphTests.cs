using System.Text.Json;
using Safeguarding.Testing;

namespace Safeguarding.Contracts.Tests;

/// <summary>
/// The front door, the token service and the web front end are not event-sourced: nothing they restore (directly or
/// through another package or project) brings Marten or a RabbitMQ client into them.
/// </summary>
public class ProjectGraphTests
{
    private static readonly string[] EventSourcingOnly = ["Marten", "MassTransit", "MassTransit.RabbitMQ", "RabbitMQ.Client", "JasperFx.Events"];

    [Theory]
    [InlineData("gateway")]
    [InlineData("services/Identity")]
    [InlineData("services/Web")]
    public void A_project_that_keeps_no_event_store_restores_neither_Marten_nor_the_bus(string project)
    {
        var restored = RestoredPackages(project);

        Assert.Empty(restored.Intersect(EventSourcingOnly, StringComparer.OrdinalIgnoreCase));
        Assert.Contains("Microsoft.AspNetCore.OpenApi", restored, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_event_sourced_services_do_restore_them_so_the_check_above_can_fail()
    {
        Assert.Contains("Marten", RestoredPackages("services/Audit"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every package in the project's restored graph, transitive ones included (obj/project.assets.json).</summary>
    private static IReadOnlyList<string> RestoredPackages(string project)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, project, "obj", "project.assets.json")));
        return
        [
            .. assets.RootElement.GetProperty("libraries").EnumerateObject()
                .Where(library => library.Value.GetProperty("type").GetString() == "package")
                .Select(library => library.Name.Split('/')[0]),
        ];
    }
}
