using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Audit.Audits;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>
/// Drives one audit of its own partnership through the service's HTTP API, step by step. Its directory and the audit's
/// schedule come from Programme as a producer: Audit hears what Programme really sends.
/// </summary>
public sealed class AuditJourney
{
    private readonly ServiceHost<Program> _host;
    private readonly ProgrammeProducer _programme;

    public AuditJourney(ServiceHost<Program> host)
    {
        _host = host;
        // The programme scheduled the audit a little before anyone worked on it, as in life; its clock ticks a minute a step.
        _programme = new ProgrammeProducer(Partnership, new ProducerClock(DateTimeOffset.UtcNow.AddMinutes(-30)));
        Organisations = new FixtureOrganisations(
            _programme.Register("Merseyside Police", OrganisationKind.StatutoryPartner),
            _programme.Register("NHS Cheshire and Merseyside", OrganisationKind.StatutoryPartner),
            _programme.Register("St Helens Borough Council", OrganisationKind.StatutoryPartner),
            _programme.Register("Panel Chair Trust", OrganisationKind.RelevantAgency));
        _programme.CreateProgramme(2027);
        AuditId = _programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Child exploitation", CaseCategory.ChildProtection);
    }

    public AuditJourney(AuditService service)
        : this(service.Host)
    {
    }

    public string Partnership { get; } = TestTokens.NewPartnership();

    public FixtureOrganisations Organisations { get; }

    public Guid AuditId { get; }

    public Guid Police => Organisations.Police;

    public Guid Health => Organisations.Health;

    public HttpClient Coordinator => _host.ClientFor(Partnership, Roles.Coordinator);

    public HttpClient AuditorOf(Guid organisationId) => _host.ClientFor(Partnership, Roles.AgencyAuditor, organisationId.ToString());

    /// <summary>Programme announces the directory; Audit keeps its own copy, which the steps check against.</summary>
    public async Task KnowDirectoryAsync()
    {
        await _host.PublishAsync(_programme.Sent.OfType<OrganisationRegistered>());
        var store = _host.Services.GetRequiredService<Marten.IDocumentStore>();
        await Eventually.Get(
            async () =>
            {
                await using var session = store.QuerySession(Partnership);
                return await EventSourcing.Directory.KnownOrganisations.ForPartnershipAsync(session, default);
            },
            known => known.Count == Organisations.All.Count);
    }

    public async Task<AuditView> OpenAsync()
    {
        await KnowDirectoryAsync();
        await _host.PublishAsync(_programme.AuditScheduled(AuditId));
        var response = await Eventually.Get(() => Coordinator.GetAsync($"/api/audits/{AuditId}"), r => r.StatusCode == HttpStatusCode.OK);
        return await response.ReadAsync<AuditView>();
    }

    public Task<HttpResponseMessage> PostAsync(string step, object body) => Coordinator.PostJsonAsync($"/api/audits/{AuditId}/{step}", body);

    public async Task<AuditView> ToReturnsOpenAsync()
    {
        await OpenAsync();
        await (await PostAsync("terms-of-reference", AuditFixtures.Terms(organisations: Organisations))).ReadAsync<AuditView>();
        await (await PostAsync("cases", AuditFixtures.FourCases())).ReadAsync<AuditView>();
        return await (await PostAsync("agencies", AuditFixtures.Agencies(Organisations))).ReadAsync<AuditView>();
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid organisationId, string caseKey, SubmitReturn body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/audits/{AuditId}/returns/{organisationId}/{caseKey}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options),
        });
}
