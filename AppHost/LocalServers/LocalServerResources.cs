using Aspire.Hosting.ApplicationModel;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>The machine's own PostgreSQL, run by scripts/local-postgres.sh as an executable resource.</summary>
public sealed class LocalPostgresResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres");
}

/// <summary>A database on the local PostgreSQL; the service that owns it creates it on first start.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{parent.ConnectionStringExpression};Database={databaseName}");
}

/// <summary>The machine's own RabbitMQ, run by scripts/local-rabbitmq.sh as an executable resource.</summary>
public sealed class LocalRabbitMqResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "amqp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}/");
}

/// <summary>smtp4dev, run by scripts/local-smtp.sh as an executable resource: SMTP for the services, a web inbox for people.</summary>
public sealed class LocalSmtpResource(string name, string workingDirectory) : ExecutableResource(name, "bash", workingDirectory)
{
    public const string SmtpEndpointName = "smtp";
    public const string InboxEndpointName = "http";

    public EndpointReference Smtp => new(this, SmtpEndpointName);
}
