using Marten;
using Microsoft.AspNetCore.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// Opens every request's Marten session for the caller's partnership (the token's "partnership" claim), so
/// a handler cannot read or write another partnership's streams or documents by accident.
/// Message consumers have no caller: they open sessions for the partnership named in the message.
/// </summary>
public sealed class PartnershipSessionFactory(IDocumentStore store, IHttpContextAccessor accessor) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(PartnershipId());

    public IDocumentSession OpenSession() => store.LightweightSession(PartnershipId());

    private string PartnershipId() =>
        accessor.HttpContext?.User.PartnershipId()
        ?? throw new InvalidOperationException("A request session was asked for outside of a request.");
}
