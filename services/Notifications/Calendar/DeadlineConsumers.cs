using Marten;
using MassTransit;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Section11;
using Safeguarding.Notifications.Messaging;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Notifications.Calendar;

/// <summary>
/// Keeps the partnership's deadlines from the events that set them. Each is stored under an id made from its source, so
/// a redelivered event writes the same row again; a deadline once done stays done.
/// </summary>
public sealed class DeadlineConsumers(IDocumentStore store) :
    IConsumer<ReturnRequested>, IConsumer<ReturnsClosed>, IConsumer<CycleLaunched>, IConsumer<OrganisationsInvited>, IConsumer<CycleClosed>,
    IConsumer<ActionCreated>, IConsumer<ActionClosed>, IConsumer<ReviewDeadlineAtRisk>
{
    public Task Consume(ConsumeContext<ReturnRequested> context)
    {
        var m = context.Message;
        return Keep(m, new Deadline(Id("returns", m.AuditId, m.OrganisationId), DeadlineKind.AuditReturns, m.AuditId, [m.OrganisationId],
            $"Audit returns due: {m.Theme.Value}", m.ReturnsDue, "/returns"), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ReturnsClosed> context) => MarkDone(context.Message, DeadlineKind.AuditReturns, context.Message.AuditId, context.CancellationToken);

    public Task Consume(ConsumeContext<CycleLaunched> context)
    {
        var m = context.Message;
        var title = $"{MessageWords.Assessment(m.Kind)} self-assessments due ({m.Year})";
        return Keep(m, new Deadline(Id("cycle", m.CycleId), DeadlineKind.SelfAssessment, m.CycleId, [], title, m.Deadline, "/self-assessments"), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<OrganisationsInvited> context)
    {
        var m = context.Message;
        await using var session = store.LightweightSession(m.PartnershipId);
        session.Store([.. m.OrganisationIds.Select(o => new CycleInvitation(Id("invited", m.CycleId, o), m.CycleId, o))]);
        await session.SaveChangesAsync(context.CancellationToken);
    }

    public Task Consume(ConsumeContext<CycleClosed> context) => MarkDone(context.Message, DeadlineKind.SelfAssessment, context.Message.CycleId, context.CancellationToken);

    public Task Consume(ConsumeContext<ActionCreated> context)
    {
        var m = context.Message;
        return Keep(m, new Deadline(Id("action", m.ActionId), DeadlineKind.ImprovementAction, m.ActionId, [m.OwnerOrganisationId],
            "Improvement action due", m.DueDate, $"/actions/{m.ActionId}"), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ActionClosed> context) => MarkDone(context.Message, DeadlineKind.ImprovementAction, context.Message.ActionId, context.CancellationToken);

    public Task Consume(ConsumeContext<ReviewDeadlineAtRisk> context)
    {
        var m = context.Message;
        return Keep(m, new Deadline(Id("review", m.ReviewId, m.Deadline.ToString()), DeadlineKind.Review, m.ReviewId, [],
            $"Review deadline: {MessageWords.Step(m.Deadline)}", m.Due, $"/reviews/{m.ReviewId}"), context.CancellationToken);
    }

    private static Guid Id(params object[] parts) => DeterministicGuid.Create(["deadline", .. parts.Select(p => p.ToString()!)]);

    private async Task Keep(IIntegrationEvent source, Deadline deadline, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(source.PartnershipId);
        if (await session.LoadAsync<Deadline>(deadline.Id, cancellationToken) is { Done: true })
        {
            return;
        }

        session.Store(deadline);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task MarkDone(IIntegrationEvent source, DeadlineKind kind, Guid sourceId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(source.PartnershipId);
        var open = await session.Query<Deadline>().Where(d => d.Kind == kind && d.SourceId == sourceId && !d.Done).ToListAsync(cancellationToken);
        if (open.Count > 0)
        {
            session.Store([.. open.Select(d => d with { Done = true })]);
            await session.SaveChangesAsync(cancellationToken);
        }
    }
}
