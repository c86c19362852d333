using Safeguarding.AppHost;
using Safeguarding.AppHost.LocalServers;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure first: containers where a container runtime answers, local processes otherwise.
var servers = builder.AddServers();

// Tokens come from the Identity service. Tests may add a static key so they can act as any role without signing in.
var testSigningKey = builder.Configuration["Parameters:auth-signing-key"] is { Length: > 0 }
    ? builder.AddParameter("auth-signing-key", secret: true)
    : null;
var webClientSecret = builder.AddParameter("web-client-secret", secret: true);
// The platform operator's client secret (service-wide work such as rebuilding every partnership's reports).
var operatorClientSecret = builder.AddParameter("operator-client-secret", secret: true);
// With it the web front end names, to the gateway, the address of the person it calls the API for.
var webGatewayKey = builder.AddParameter("web-gateway-key", secret: true);

// Services. A message published before its queue exists is lost, so a service that publishes on its own at start
// (Programme: the demo directory, overdue items) waits for its consumers; the others publish only on a request,
// which comes through the gateway, and the gateway waits for everyone.
var reporting = builder.AddProject<Projects.Safeguarding_Reporting>("reporting")
    .WithServiceDefaults(servers, testSigningKey);
var audit = builder.AddProject<Projects.Safeguarding_Audit>("audit")
    .WithServiceDefaults(servers, testSigningKey);
var section11 = builder.AddProject<Projects.Safeguarding_Section11>("section11")
    .WithServiceDefaults(servers, testSigningKey);
var learning = builder.AddProject<Projects.Safeguarding_Learning>("learning")
    .WithServiceDefaults(servers, testSigningKey);
var identity = builder.AddProject<Projects.Safeguarding_Identity>("identity")
    .WithServiceDefaults(servers, testSigningKey)
    // Sign-in attempts per address in any 5 minutes; the end-to-end tests sign everyone in from one address.
    .WithEnvironment("Identity__SignInAttemptsPerAddress", builder.Configuration["Identity:SignInAttemptsPerAddress"] ?? "20");
// Notifications sends to a local mail server with a web inbox; a deployment names its own (Mail__* settings).
var mail = builder.AddLocalSmtp("mail");
var notifications = builder.AddProject<Projects.Safeguarding_Notifications>("notifications")
    .WithServiceDefaults(servers, testSigningKey)
    .WaitFor(mail)
    .WithEnvironment("Mail__Host", "127.0.0.1")
    .WithEnvironment("Mail__Port", mail.Resource.Smtp.Property(EndpointProperty.Port))
    .WithEnvironment("Mail__Security", "None")
    .WithEnvironment("Mail__FromAddress", "qa-platform@safeguarding-partnership.localhost");
// The end-to-end tests let days pass for Notifications' checks (escalations, chases) by writing to this file.
if (builder.Configuration["Notifications:TestCheckClockFile"] is { Length: > 0 } checkClockFile)
{
    notifications.WithEnvironment("Notifications__TestCheckClockFile", checkClockFile);
}

if (builder.Configuration["Notifications:CheckEvery"] is { Length: > 0 } checkEvery)
{
    notifications.WithEnvironment("Notifications__CheckEvery", checkEvery);
}

var programme = builder.AddProject<Projects.Safeguarding_Programme>("programme")
    .WithServiceDefaults(servers, testSigningKey)
    .WaitFor(reporting)
    .WaitFor(audit)
    .WaitFor(notifications);

// Identity registers people and partner systems only for organisations in the partnership's directory, which Programme
// keeps, and has Notifications e-mail each person their password link.
identity.WithReference(programme).WithReference(notifications);

// Reporting builds the full partnership export from every service's own export API.
reporting.WithReference(programme).WithReference(audit).WithReference(section11).WithReference(learning);

// The staff web front end: signs people in at the Identity service and calls the APIs through the gateway.
var web = builder.AddProject<Projects.Safeguarding_Web>("web")
    .WithEnvironment("Web__ClientSecret", webClientSecret)
    .WithEnvironment("Web__GatewayKey", webGatewayKey)
    .WithHttpHealthCheck("/health");

// The one front door.
var gateway = builder.AddProject<Projects.Safeguarding_Gateway>("gateway")
    .WithReference(programme).WaitFor(programme)
    .WithReference(audit).WaitFor(audit)
    .WithReference(section11).WaitFor(section11)
    .WithReference(learning).WaitFor(learning)
    .WithReference(reporting).WaitFor(reporting)
    .WithReference(notifications).WaitFor(notifications)
    .WithReference(identity).WaitFor(identity)
    .WithReference(web).WaitFor(web)
    .WithTokenValidation(testSigningKey)
    .WithEnvironment("Gateway__WebKey", webGatewayKey)
    .WithEnvironment("Gateway__RequestsPerMinute", builder.Configuration["Gateway:RequestsPerMinute"] ?? "600")
    // The local system serves its API documents and the /docs UI; a deployment turns them on only where it wants them.
    .WithEnvironment("Gateway__ApiDocuments", ServiceResources.ApiDocuments(builder))
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

// Tokens name the front door as their issuer: that is where partner systems find the discovery document, and where
// staff sign in to the web front end (served at / by the gateway). Every other service trusts the Identity service.
identity.WithEnvironment("Identity__Issuer", gateway.GetEndpoint("http"))
    .WithEnvironment("Identity__WebClient__ClientSecret", webClientSecret)
    .WithEnvironment("Identity__OperatorClient__ClientSecret", operatorClientSecret)
    .WithEnvironment(context =>
    {
        context.EnvironmentVariables["Identity__WebClient__RedirectUris__0"] = ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/signin-oidc");
        context.EnvironmentVariables["Identity__WebClient__PostLogoutRedirectUris__0"] = ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/signout-callback-oidc");
    });
web.WithReference(gateway).WithEnvironment("Auth__Authority", gateway.GetEndpoint("http"));
// Every link in a message leads through the front door.
notifications.WithEnvironment("Mail__FrontDoor", gateway.GetEndpoint("http"));
foreach (var trusting in new[] { reporting, audit, section11, learning, programme, notifications, gateway })
{
    trusting.WithEnvironment("Auth__Authority", identity.GetEndpoint("http"));
}

builder.Build().Run();
