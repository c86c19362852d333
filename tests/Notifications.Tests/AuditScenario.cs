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

    /// <summary>The time the producers' decisions are taken at.</summary>
    public ProducerClock Clock => _clock;

    public ProgrammeProducer Programme { get; }

    /// <summary>An agency with an audit contact and a safeguarding lead, each at an address only this test uses.</summary>
    public (Guid Id, string AuditContact, string SafeguardingLead) Agency(string name) => Agency(name, "audit-contact", "safeguarding-lead");

    public (Guid Id, string AuditContact, string SafeguardingLead) Agency(string name, params string[] roles) =>
        (Organisation(name, OrganisationKind.RelevantAgency, roles), Address(name, "audit-contact"), Address(name, "safeguarding-lead"));

    /// <summary>An organisation with a contact in each role (the directory's words, "section-11-lead"), at <see cref="Address"/>.</summary>
    public Guid Organisation(string name, OrganisationKind kind, params string[] roles) =>
        Programme.Register(name, kind, contacts: [.. roles.Select(role => new ContactInput(role, $"{role} at {name}", Address(name, role)))]);

    /// <summary>The address of the organisation's contact in a role: only this test uses it.</summary>
    public string Address(string name, string role) => $"{role}.{name.Replace(' ', '.').ToLowerInvariant()}.{Partnership}@agency.example";

    /// <summary>An audit of child exploitation, a case of each category, every case known to every agency: one request per agency.</summary>
    public AuditProducer OpenReturns(params Guid[] agencies) => OpenReturnsOn("Child exploitation", agencies);

    /// <summary>As <see cref="OpenReturns"/>, on another theme (a programme schedules a theme once a quarter).</summary>
    public AuditProducer OpenReturnsOn(string theme, params Guid[] agencies)
    {
        var scheduled = Programme.AuditScheduled(Programme.Schedule(ScheduledItemKind.ThematicAudit, 2, theme, CaseCategory.ChildInNeed));
        return new AuditProducer(scheduled, agencies.ToHashSet(), _clock).OpenReturns([.. Enum.GetValues<CaseCategory>().Select((category, i) => ($"SH-2027-{i:D3}", category))], _ => agencies);
    }

    /// <summary>A Section 11 (or 175) cycle for 2027, due on <paramref name="deadline"/>, on its framework's own scheme.</summary>
    public Section11Producer SelfAssessment(DateOnly deadline, SelfAssessmentKind kind = SelfAssessmentKind.Section11) =>
        new(Partnership, Programme.Directory, _clock, 2027, deadline, null, kind);

    /// <summary>Learning, for a directory of these organisations.</summary>
    public LearningProducer Learning(params Guid[] directory) => new(Partnership, directory.ToHashSet(), _clock);

    /// <summary>The partnership's coordinator mailbox, named in its message settings; an address only this test uses.</summary>
    public async Task<string> SetCoordinatorMailboxAsync(HttpClient coordinator)
    {
        var mailbox = $"qa.{Partnership}@partnership.example.org";
        (await coordinator.PutJsonAsync("/api/notifications/settings", new { coordinatorName = "Partnership business unit", coordinatorEmail = mailbox })).EnsureSuccessStatusCode();
        return mailbox;
    }

    public static ReturnRequested RequestTo(AuditProducer audit, Guid agency) => audit.Sent.OfType<ReturnRequested>().Single(r => r.OrganisationId == agency);
}
