using System.Text.Json.Serialization;
using MassTransit;

namespace Safeguarding.Contracts.Privacy;

/// <summary>Each service that keeps records a case could appear in, and so must confirm a case's erasure.</summary>
[JsonConverter(typeof(WireEnumConverter<ErasingService>))]
public enum ErasingService
{
    Audit,
    Learning,
    Section11,
    Programme,
    Notifications,
    Reporting,
}

/// <summary>
/// The coordinator asked for a case to be erased: every service masks what it holds about <c>CaseKey</c> and keeps
/// <c>ErasedAs</c> in its place, so counts stay right and nothing can be traced back to the child.
/// </summary>
[MessageUrn("safeguarding:privacy:case-erasure-requested:v1")]
[EntityName("privacy.case-erasure-requested.v1")]
public sealed record CaseErasureRequested(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ErasureId, CaseKey CaseKey, CaseKey ErasedAs) : IIntegrationEvent;

/// <summary>One service holds nothing more of the case: how many stored events and documents it masked this time.</summary>
[MessageUrn("safeguarding:privacy:case-erased:v1")]
[EntityName("privacy.case-erased.v1")]
public sealed record CaseErased(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid ErasureId, ErasingService Service, int Events, int Documents)
    : IIntegrationEvent;
