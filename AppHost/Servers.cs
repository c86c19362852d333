using Aspire.Hosting.ApplicationModel;
using Safeguarding.AppHost.LocalServers;

namespace Safeguarding.AppHost;

/// <summary>
/// The infrastructure every service stands on: one PostgreSQL server (a database per service) and one
/// RabbitMQ. Services only ever see ConnectionStrings:&lt;name&gt;; they never know which way they were obtained.
/// </summary>
public sealed class Servers(
    ServerMode mode,
    IResourceBuilder<IResourceWithConnectionString> postgres,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase,
    IResourceBuilder<IResourceWithConnectionString> messaging)
{
    public ServerMode Mode => mode;

    public IResourceBuilder<IResourceWithConnectionString> Postgres => postgres;

    public IResourceBuilder<IResourceWithConnectionString> Messaging => messaging;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}

public static class ServersExtensions
{
    public static Servers AddServers(this IDistributedApplicationBuilder builder)
    {
        var mode = ServerModes.Resolve(builder.Configuration["Servers"]);
        if (mode == ServerMode.Containers)
        {
            var postgres = builder.AddPostgres("postgres");
            var rabbitMq = builder.AddRabbitMQ("messaging");
            return new Servers(mode, Widen(builder, postgres.Resource), name => Widen(builder, postgres.AddDatabase(name).Resource), Widen(builder, rabbitMq.Resource));
        }

        var localPostgres = builder.AddLocalPostgres("postgres");
        var localRabbitMq = builder.AddLocalRabbitMq("messaging");
        return new Servers(mode, Widen(builder, localPostgres.Resource), name => Widen(builder, localPostgres.AddDatabase(name).Resource), Widen(builder, localRabbitMq.Resource));
    }

    private static IResourceBuilder<IResourceWithConnectionString> Widen(IDistributedApplicationBuilder builder, IResourceWithConnectionString resource) =>
        builder.CreateResourceBuilder(resource);
}
