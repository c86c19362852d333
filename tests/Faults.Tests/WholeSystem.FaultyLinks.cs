using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// In the fault suite, Programme (a producer) and Reporting (a consumer of every event) reach their database and the
/// broker through links a test can give trouble to. Every other service, and the tests' own reads, connect directly.
/// </summary>
public sealed partial class WholeSystem
{
    private static readonly string[] LinkedServices = ["programme", "reporting"];

    private readonly ConcurrentDictionary<string, FaultyLink> _links = new();

    /// <summary>The link between a service and its database ("database") or the broker ("messaging").</summary>
    public FaultyLink Link(string service, string server) => _links[$"{service} to {server}"];

    partial void RouteThroughFaultyLinks(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().Where(p => LinkedServices.Contains(p.Name)))
        {
            var database = Server(builder, $"{project.Name}-db");
            var messaging = Server(builder, "messaging");
            // Evaluated at each start of the service: a restarted service keeps its links, and so its troubles.
            builder.CreateResourceBuilder(project).WithEnvironment(async context =>
            {
                var direct = await database.GetConnectionStringAsync(context.CancellationToken);
                var npgsql = new NpgsqlConnectionStringBuilder(direct);
                npgsql.Port = LinkTo(project.Name, "database", npgsql.Port).Port;
                context.EnvironmentVariables[$"ConnectionStrings__{database.Name}"] = npgsql.ConnectionString;

                var amqp = new UriBuilder(await messaging.GetConnectionStringAsync(context.CancellationToken) ?? "");
                amqp.Port = LinkTo(project.Name, "messaging", amqp.Port).Port;
                context.EnvironmentVariables["ConnectionStrings__messaging"] = amqp.Uri.ToString();
            });
        }
    }

    partial void CloseFaultyLinks()
    {
        foreach (var link in _links.Values)
        {
            link.Dispose();
        }
    }

    private FaultyLink LinkTo(string service, string server, int serverPort) =>
        _links.GetOrAdd($"{service} to {server}", _ => FaultyLink.To(serverPort));

    private static IResourceWithConnectionString Server(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.OfType<IResourceWithConnectionString>().Single(r => r.Name == name);
}
