using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Programme.Organisations;
using Safeguarding.Testing;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Notifications.Tests;

/// <summary>
/// A partnership whose directory names each agency's contacts, and an audit that asks them for returns: every message is
/// what Programme and Audit really send, from their own decisions and maps.
/// </summary>
public sealed class AuditScenario
{
    private readonly ProducerClock _clock;

    public AuditScenario()
        : this(DateTimeOffset.UtcNow)
    {
    }

    /// <summary>A scenario whose events happen from <paramref name="start"/> on (a minute apart), for a service on a test clock.</summary>
    public AuditScenario(DateTimeOffset start)
    {
        _clock = new ProducerClock(start);
        Programme = new ProgrammeProducer(Partnership, _clock);
        Programme.CreateProgramme(2027);
    }

    public string Partnership { get; } = TestTokens.NewPartnership();

    public ProgrammeProducer Programme { get; }

    /// <summary>An agency with an audit contact and a safeguarding lead, each at an address only this test uses.</summary>
    public (Guid Id, string AuditContact, string SafeguardingLead) Agency(string name) => Agency(name, "audit-contact", "safeguarding-lead");

    public (Guid Id, string AuditContact, string SafeguardingLead) Agency(string name, params string[] roles)
    {
        var slug = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Partnership}";
        var auditContact = $"audit.{slug}@agency.example";
        var lead = $"lead.{slug}@agency.example";
        var contacts = roles.Select(role => role == "audit-contact"
            ? new ContactInput(role, $"Audit contact at {name}", auditContact)
            : new ContactInput(role, $"Safeguarding lead at {name}", lead)).ToList();
        return (Programme.Register(name, OrganisationKind.RelevantAgency, contacts: contacts), auditContact, lead);
    }

    /// <summary>An audit of child exploitation, a case of each category, every case known to every agency: one request per agency.</summary>
    public AuditProducer OpenReturns(params Guid[] agencies)
    {
        var scheduled = Programme.AuditScheduled(Programme.Schedule(ScheduledItemKind.ThematicAudit, 2, "Child exploitation", CaseCategory.ChildInNeed));
        return new AuditProducer(scheduled, agencies.ToHashSet(), _clock).OpenReturns([.. Enum.GetValues<CaseCategory>().Select((category, i) => ($"SH-2027-{i:D3}", category))], _ => agencies);
    }

    public static ReturnRequested RequestTo(AuditProducer audit, Guid agency) => audit.Sent.OfType<ReturnRequested>().Single(r => r.OrganisationId == agency);
}
