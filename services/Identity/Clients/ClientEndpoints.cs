using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Clients;

/// <summary>The coordinator registers, rotates and revokes the partnership's partner-system clients.</summary>
public static class ClientEndpoints
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clients").WithTags("Partner-system clients").RequireAuthorization(Policies.ManageClients);
        group.MapPost("/", Register);
        group.MapGet("/", List).Paged();
        group.MapPost("/{clientId}/rotate", Rotate);
        group.MapPost("/{clientId}/revoke", Revoke);
        return app;
    }

    /// <summary>Register a partner system for one organisation with machine roles; its secret is shown once, in this answer.</summary>
    public static async Task<Results<Created<PartnerClient>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterClient command, IOpenIddictApplicationManager applications, ClaimsPrincipal user, IdentityStore store, PartnershipDirectory directory, HttpContext http,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = PartnerClients.Validate(command);
        if (errors.IsValid && await directory.CheckAsync(errors, command.OrganisationId!.Value, http.Request, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (clientId, secret) = PartnerClients.NewCredentials(user.PartnershipId());
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = command.Name!.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var (key, value) in PartnerClients.Properties(user.PartnershipId(), command.OrganisationId!.Value, [.. command.Roles!.Distinct()]))
        {
            descriptor.Properties.Add(key, value);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        await SecurityLogEndpoints.RecordAsync(store, http, clock, user.PartnershipId(), SecurityEventKinds.ClientRegistered, clientId, descriptor.DisplayName, string.Join(", ", command.Roles!.Distinct()));
        return TypedResults.Created($"/api/clients/{clientId}", new PartnerClient(clientId, descriptor.DisplayName, user.PartnershipId(), command.OrganisationId.Value, [.. command.Roles!.Distinct()], secret));
    }

    /// <summary>The partnership's registered partner systems (never their secrets).</summary>
    public static async Task<Ok<IReadOnlyList<PartnerClient>>> List(IOpenIddictApplicationManager applications, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clients = new List<PartnerClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (await ClientOfAsync(applications, application, cancellationToken) is { } client && client.PartnershipId == user.PartnershipId())
            {
                clients.Add(client);
            }
        }

        return TypedResults.Ok<IReadOnlyList<PartnerClient>>([.. clients.OrderBy(c => c.Name, StringComparer.Ordinal)]);
    }

    /// <summary>A new secret replaces the old one at once; the old one stops working for new tokens.</summary>
    public static async Task<Results<Ok<PartnerClient>, NotFound>> Rotate(
        string clientId, IOpenIddictApplicationManager applications, ClaimsPrincipal user, IdentityStore store, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await OwnAsync(applications, clientId, user, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (_, secret) = PartnerClients.NewCredentials(user.PartnershipId());
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, found.Application, cancellationToken);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(found.Application, descriptor, cancellationToken);
        await SecurityLogEndpoints.RecordAsync(store, http, clock, found.Client.PartnershipId, SecurityEventKinds.ClientSecretRotated, clientId, found.Client.Name);
        return TypedResults.Ok(found.Client with { ClientSecret = secret });
    }

    /// <summary>A revoked client gets no more tokens; those it holds expire within the access-token lifetime.</summary>
    public static async Task<Results<NoContent, NotFound>> Revoke(
        string clientId, IOpenIddictApplicationManager applications, ClaimsPrincipal user, IdentityStore store, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await OwnAsync(applications, clientId, user, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        await applications.DeleteAsync(found.Application, cancellationToken);
        await SecurityLogEndpoints.RecordAsync(store, http, clock, found.Client.PartnershipId, SecurityEventKinds.ClientRevoked, clientId, found.Client.Name);
        return TypedResults.NoContent();
    }

    private static async Task<(object Application, PartnerClient Client)?> OwnAsync(
        IOpenIddictApplicationManager applications, string clientId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
        && await ClientOfAsync(applications, application, cancellationToken) is { } client
        && client.PartnershipId == user.PartnershipId()
            ? (application, client)
            : null;

    public static async Task<PartnerClient?> ClientOfAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken) =>
        PartnerClients.From(
            await applications.GetClientIdAsync(application, cancellationToken),
            await applications.GetDisplayNameAsync(application, cancellationToken),
            await applications.GetPropertiesAsync(application, cancellationToken));
}
