using JasperFx.Events;
using Marten;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.ServiceDefaults;
using Integration = Safeguarding.Contracts.Audit;

namespace Safeguarding.Audit.Messaging;

/// <summary>
/// What the rest of the system hears from Audit. Messages carry the audit's context (theme, year, a case's
/// category) as the stream stood at that event, read back from the stream itself.
/// The store is resolved when first needed: it is not built yet when Marten creates this map's subscription.
/// </summary>
public sealed class AuditIntegrationEvents(IServiceProvider services) : IIntegrationEventMap
{
    public async Task<IReadOnlyList<IIntegrationEvent>> ToIntegrationEventsAsync(IEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Data is Erasure.CaseErasureRequested erasure)
        {
            return [ErasureRequest(domainEvent.Id, domainEvent.TenantId, erasure)];
        }

        if (domainEvent.Data is Retention.CasesFoundPastRetention found)
        {
            return [PastRetention(domainEvent.Id, domainEvent.TenantId, found)];
        }

        if (domainEvent.Data is Retention.RetentionPeriodsSet set)
        {
            return [PeriodsChanged(domainEvent.Id, domainEvent.TenantId, set)];
        }

        if (domainEvent.Data is not (AuditOpened or TermsOfReferenceAgreed or Audits.CasesSelected or AgenciesNotified or Audits.ReturnSubmitted
            or Audits.ReturnsClosed or AuditMeetingHeld or AuditReportApproved or AuditActionsRaised or ImmediateConcernRaised
            or ImmediateConcernAcknowledged or AuditClosed or AuditCancelled))
        {
            return [];
        }

        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(domainEvent.TenantId);
        var audit = await session.Events.AggregateStreamAsync<MultiAgencyAudit>(domainEvent.StreamId, version: domainEvent.Version, token: cancellationToken)
            ?? throw new InvalidOperationException($"Audit {domainEvent.StreamId} has no state at version {domainEvent.Version}.");
        return Map(domainEvent.Id, domainEvent.TenantId, domainEvent.Data, audit);
    }

    /// <summary>What every service hears when a case is to be erased: the one message that carries the key to erase.</summary>
    public static IIntegrationEvent ErasureRequest(Guid eventId, string partnershipId, Erasure.CaseErasureRequested e) =>
        new Contracts.Privacy.CaseErasureRequested(eventId, partnershipId, e.At, e.By, e.ErasureId, CaseKey.From(e.CaseKey), CaseKey.From(e.ErasedAs));

    /// <summary>What the coordinator hears when the daily check finds cases newly kept past their period.</summary>
    public static IIntegrationEvent PastRetention(Guid eventId, string partnershipId, Retention.CasesFoundPastRetention e) =>
        new Contracts.Privacy.RecordsPastRetention(eventId, partnershipId, e.At, e.By, Contracts.Privacy.RecordKind.AuditCaseMaterial, e.Cases);

    /// <summary>Every service hears every period, defaults included: a kind the partnership left out goes back to its default.</summary>
    public static IIntegrationEvent PeriodsChanged(Guid eventId, string partnershipId, Retention.RetentionPeriodsSet e) =>
        new Contracts.Privacy.RetentionPeriodsChanged(eventId, partnershipId, e.At, e.By, Retention.RetentionSchedule.Years(Retention.RetentionSchedule.Create(e)));

    /// <summary>The messages one domain event becomes, given the audit as it stood just after it.</summary>
    public static IReadOnlyList<IIntegrationEvent> Map(Guid eventId, string partnershipId, object data, MultiAgencyAudit audit)
    {
        Guid Derived(string kind, Guid item) => DeterministicGuid.Create(eventId.ToString(), kind, item.ToString());
        CaseCategory CategoryOf(string caseKey) => audit.Cases.First(c => c.CaseKey == caseKey).Category;
        bool MeetsExpectation(string grade) => GradeScales.Find(audit.Terms!.Tool.GradeScale)!.MeetsExpectation(grade);
        var theme = Theme.From(audit.Theme);

        return data switch
        {
            AuditOpened e => [new Integration.AuditOpened(eventId, partnershipId, e.At, e.By, e.AuditId, Theme.From(e.Theme), e.Year, e.Quarter)],
            TermsOfReferenceAgreed e =>
            [
                new Integration.AuditScoped(eventId, partnershipId, e.At, e.By, e.AuditId, Theme.From(e.Terms.Theme), audit.Year, e.Terms.ToolId, e.Terms.ToolVersion,
                    e.Terms.LookBackMonths, e.Terms.ReturnsDue, e.Terms.MeetingDate, e.Terms.ReportDue),
            ],
            Audits.CasesSelected e =>
            [
                new Integration.CasesSelected(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year,
                    e.Cases.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count())),
            ],
            AgenciesNotified e =>
            [
                .. e.Cases.SelectMany(c => c.OrganisationIds).Distinct().Select(organisation => new Integration.ReturnRequested(
                    Derived("return-requested", organisation), partnershipId, e.At, e.By, e.AuditId, theme, organisation,
                    e.Cases.Count(c => c.OrganisationIds.Contains(organisation)), audit.Terms!.ReturnsDue)),
            ],
            Audits.ReturnSubmitted e =>
            [
                new Integration.ReturnSubmitted(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, e.Return.OrganisationId,
                    CategoryOf(e.Return.CaseKey), GradeCode.From(e.Return.OverallGrade), MeetsExpectation(e.Return.OverallGrade),
                    PseudonymousRef(e.AuditId, "return", e.Return.OrganisationId.ToString(), e.Return.CaseKey)),
            ],
            Audits.ReturnsClosed e =>
            [
                new Integration.ReturnsClosed(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, [.. e.Outstanding.Select(o => o.OrganisationId).Distinct()]),
            ],
            AuditMeetingHeld e =>
            [
                .. e.CaseGrades.Select((g, i) => (IIntegrationEvent)new Integration.CaseGraded(
                    DeterministicGuid.Create(eventId.ToString(), "case-graded", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, CategoryOf(g.CaseKey), GradeScaleKey.From(audit.Terms!.Tool.GradeScale), GradeCode.From(g.Grade),
                    MeetsExpectation(g.Grade), PseudonymousRef(e.AuditId, "case", g.CaseKey))),
                .. e.Findings.Select(f => (IIntegrationEvent)new Integration.FindingRecorded(
                    Derived("finding-recorded", f.FindingId), partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, f.FindingId,
                    f.Kind, f.Text, f.SectionKey is null ? null : SectionKey.From(f.SectionKey))),
            ],
            AuditReportApproved e => [new Integration.AuditReportApproved(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, audit.Report!.Summary)],
            AuditActionsRaised e =>
            [
                .. e.Actions.Select(a => new Integration.ActionRaised(
                    Derived("action-raised", a.ActionId), partnershipId, e.At, e.By, a.ActionId, e.AuditId, theme, a.What, a.OwnerOrganisationId,
                    a.DueDate, a.FindingId, audit.Findings.First(f => f.FindingId == a.FindingId).Text)),
            ],
            ImmediateConcernRaised e =>
            [
                new Integration.ImmediateConcernRaised(eventId, partnershipId, e.At, e.By, e.AuditId, e.ConcernId, CaseKey.From(e.CaseKey), e.OwnerOrganisationId, e.Summary),
            ],
            ImmediateConcernAcknowledged e =>
            [
                new Integration.ImmediateConcernAcknowledged(
                    eventId, partnershipId, e.At, e.By, e.AuditId, e.ConcernId, audit.Concerns.First(c => c.ConcernId == e.ConcernId).OwnerOrganisationId),
            ],
            AuditClosed e => [new Integration.AuditClosed(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, audit.Quarter)],
            AuditCancelled e => [new Integration.AuditCancelled(eventId, partnershipId, e.At, e.By, e.AuditId, theme, audit.Year, e.Reason)],
            _ => [],
        };
    }

    /// <summary>
    /// Lets Reporting tell one case (or one agency's return for it) from another, so a replaced return replaces its figure,
    /// without the case key ever leaving Audit: a name-based GUID of the audit and the key.
    /// </summary>
    private static Guid PseudonymousRef(Guid auditId, params string[] parts) => DeterministicGuid.Create([auditId.ToString(), .. parts]);
}
