using Aspire.Hosting.ApplicationModel;

namespace Safeguarding.AppHost;

public static class ServiceResources
{
    /// <summary>
    /// A Safeguarding service: its own database on the shared server, the bus, the token settings, and a
    /// readiness check (/health covers its database and the bus) so WaitFor means "ready", not "started".
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceDefaults(
        this IResourceBuilder<ProjectResource> service,
        Servers servers,
        IResourceBuilder<ParameterResource>? testSigningKey)
    {
        var database = servers.AddDatabase($"{service.Resource.Name}-db");
        return service
            .WithReference(database)
            .WithReference(servers.Messaging)
            .WaitFor(servers.Postgres)
            .WaitFor(servers.Messaging)
            .WithTokenValidation(testSigningKey)
            // A service serves its API document only where the gateway publishes them.
            .WithEnvironment("ApiDocuments", ApiDocuments(service.ApplicationBuilder))
            .WithHttpHealthCheck("/health");
    }

    /// <summary>Whether the gateway serves the API documents and the /docs UI: on locally, a deployment's choice.</summary>
    public static string ApiDocuments(IDistributedApplicationBuilder builder) => builder.Configuration["Gateway:ApiDocuments"] ?? "true";

    /// <summary>Audience (and the tests' issuer and key, when they bring one) in one place for the gateway and every service.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenValidation(
        this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<ParameterResource>? testSigningKey)
    {
        var configuration = project.ApplicationBuilder.Configuration;
        project.WithEnvironment("Auth__Issuer", configuration["Auth:Issuer"])
            .WithEnvironment("Auth__Audience", configuration["Auth:Audience"]);
        return testSigningKey is null ? project : project.WithEnvironment("Auth__SigningKey", testSigningKey);
    }
}
