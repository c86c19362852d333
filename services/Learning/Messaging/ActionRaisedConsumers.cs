using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Learning.Actions;
using AuditActionRaised = Safeguarding.Contracts.Audit.ActionRaised;
using Section11ActionRaised = Safeguarding.Contracts.Section11.ActionRaised;

namespace Safeguarding.Learning.Messaging;

/// <summary>
/// Actions raised by audits and by Section 11 / 175 action plans enter the one register under their own ids, so a
/// redelivered message finds its action already there and adds nothing.
/// </summary>
public sealed class ActionRaisedConsumers(IDocumentStore store) : IConsumer<AuditActionRaised>, IConsumer<Section11ActionRaised>
{
    public Task Consume(ConsumeContext<AuditActionRaised> context) => RegisterAsync(context.Message.PartnershipId, Created(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<Section11ActionRaised> context) => RegisterAsync(context.Message.PartnershipId, Created(context.Message), context.CancellationToken);

    /// <summary>The register's action for an audit's action, linked to the audit and the finding it answers.</summary>
    public static ActionCreated Created(AuditActionRaised m) =>
        new(m.ActionId, m.What, $"Audit finding: {m.Finding}", new ActionSource(ActionSourceKind.Audit, m.AuditId, $"Multi-agency audit: {m.Theme}"),
            m.OwnerOrganisationId, m.DueDate, null, m.Actor, m.OccurredAt);

    /// <summary>The register's action for an agreed Section 11 / 175 action, linked to the assessment and its indicator.</summary>
    public static ActionCreated Created(Section11ActionRaised m)
    {
        var section = m.Kind == SelfAssessmentKind.Section175 ? "Section 175" : "Section 11";
        return new(
            m.ActionId, m.What, m.Indicator is null ? $"{section} {m.Year} action plan" : $"{section} {m.Year} action plan, indicator {m.Indicator}",
            new ActionSource(ActionSourceKind.Section11, m.AssessmentId, $"{section} self-assessment {m.Year}"), m.OrganisationId, m.DueDate, null, m.Actor, m.OccurredAt);
    }

    private async Task RegisterAsync(string partnershipId, ActionCreated created, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(partnershipId);
        if (await session.Events.FetchStreamStateAsync(created.ActionId, cancellationToken) is not null)
        {
            return;
        }

        session.Events.StartStream<ImprovementAction>(created.ActionId, created);
        await session.SaveChangesAsync(cancellationToken);
    }
}
