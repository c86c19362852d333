using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>
/// Every service's part of a case's erasure: mask what its store holds of the case, then confirm. A redelivered request
/// finds nothing left to mask and confirms again with the same message id, which the requester counts once.
/// </summary>
public sealed class CaseErasureConsumer(IDocumentStore store, CaseErasureConsumer.Erasing erasing, TimeProvider clock) : IConsumer<CaseErasureRequested>
{
    public async Task Consume(ConsumeContext<CaseErasureRequested> context)
    {
        var m = context.Message;
        var erased = await CaseErasure.EraseAsync(store, m.PartnershipId, m.CaseKey.Value, m.ErasedAs.Value, context.CancellationToken);
        var confirmed = Confirmation(m, erasing.Service, erased, clock.GetUtcNow());
        await context.Publish(confirmed, sent => sent.MessageId = confirmed.EventId, context.CancellationToken);
    }

    /// <summary>What a service sends once it holds nothing more of the case: the same message id however often it is asked.</summary>
    public static CaseErased Confirmation(CaseErasureRequested request, ErasingService service, ErasedRecords erased, DateTimeOffset at) =>
        new(DeterministicGuid.Create(request.EventId.ToString(), "case-erased", service.ToString()), request.PartnershipId, at, request.Actor,
            request.ErasureId, service, erased.Events, erased.Documents);

    /// <summary>Which service this is, as its confirmations name it.</summary>
    public sealed record Erasing(ErasingService Service);
}

public static class CaseErasureRegistration
{
    /// <summary>This service takes its part in every case erasure, as <paramref name="service"/>.</summary>
    public static void AddCaseErasure(this IBusRegistrationConfigurator bus, ErasingService service)
    {
        bus.AddSingleton(new CaseErasureConsumer.Erasing(service));
        bus.AddConsumer<CaseErasureConsumer>();
    }
}
