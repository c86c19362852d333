using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Audit.Tests;

/// <summary>Drives one audit of its own partnership through the service's HTTP API, step by step.</summary>
public sealed class AuditJourney(ServiceHost<Program> host)
{
    public AuditJourney(AuditService service)
        : this(service.Host)
    {
    }

    public string Partnership { get; } = TestTokens.NewPartnership();

    public Guid AuditId { get; } = Guid.NewGuid();

    public HttpClient Coordinator => host.ClientFor(Partnership, Roles.Coordinator);

    public HttpClient AuditorOf(Guid organisationId) => host.ClientFor(Partnership, Roles.AgencyAuditor, organisationId.ToString());

    /// <summary>Programme announces the directory; Audit keeps its own copy, which the steps check against.</summary>
    public async Task KnowDirectoryAsync()
    {
        var bus = host.Services.GetRequiredService<IBus>();
        foreach (var organisation in AuditFixtures.DirectoryCopy)
        {
            await bus.Publish(new OrganisationRegistered(
                Guid.NewGuid(), Partnership, DateTimeOffset.UtcNow, Actor.System, organisation, $"Organisation {organisation}", OrganisationKind.RelevantAgency));
        }

        var store = host.Services.GetRequiredService<Marten.IDocumentStore>();
        await Eventually.Get(
            async () =>
            {
                await using var session = store.QuerySession(Partnership);
                return await EventSourcing.Directory.KnownOrganisations.ForPartnershipAsync(session, default);
            },
            known => known.Count == AuditFixtures.DirectoryCopy.Count);
    }

    public async Task<AuditView> OpenAsync()
    {
        await KnowDirectoryAsync();
        var scheduled = new AuditScheduled(
            Guid.NewGuid(), Partnership, DateTimeOffset.UtcNow, new Actor("coordinator", null),
            Guid.NewGuid(), AuditId, 2027, 1, Theme.From("Child exploitation"), [CaseCategory.ChildProtection]);
        await host.Services.GetRequiredService<IBus>().Publish(scheduled);
        var response = await Eventually.Get(() => Coordinator.GetAsync($"/api/audits/{AuditId}"), r => r.StatusCode == HttpStatusCode.OK);
        return await response.ReadAsync<AuditView>();
    }

    public Task<HttpResponseMessage> PostAsync(string step, object body) => Coordinator.PostJsonAsync($"/api/audits/{AuditId}/{step}", body);

    public async Task<AuditView> ToReturnsOpenAsync()
    {
        await OpenAsync();
        await (await PostAsync("terms-of-reference", AuditFixtures.Terms())).ReadAsync<AuditView>();
        await (await PostAsync("cases", AuditFixtures.FourCases())).ReadAsync<AuditView>();
        return await (await PostAsync("agencies", AuditFixtures.Agencies())).ReadAsync<AuditView>();
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid organisationId, string caseKey, SubmitReturn body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/audits/{AuditId}/returns/{organisationId}/{caseKey}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options),
        });
}
