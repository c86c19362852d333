using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Safeguarding.Testing;

/// <summary>PostgreSQL in a container, for machines with Docker.</summary>
public sealed class ContainerPostgres(PostgreSqlContainer container) : IPostgresServer
{
    public static async Task<ContainerPostgres> StartAsync()
    {
        var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
        await container.StartAsync();
        return new ContainerPostgres(container);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = database }.ConnectionString;

    public ValueTask DisposeAsync() => container.DisposeAsync();
}

/// <summary>RabbitMQ in a container, on a fixed host port so that a stop and start keeps its address.</summary>
public sealed class ContainerRabbitMq(RabbitMqContainer container, int port) : IRabbitMqServer
{
    public static async Task<ContainerRabbitMq> LaunchAsync()
    {
        var port = FreePorts.Next();
        var container = new RabbitMqBuilder("rabbitmq:3.13-alpine")
            .WithUsername("guest")
            .WithPassword("guest")
            .WithPortBinding(port, RabbitMqBuilder.RabbitMqPort)
            .Build();
        await container.StartAsync();
        return new ContainerRabbitMq(container, port);
    }

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{port}/");

    public Task StopAsync() => container.StopAsync();

    public Task StartAsync() => container.StartAsync();

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
