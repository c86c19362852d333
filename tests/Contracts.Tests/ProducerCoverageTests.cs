using System.Reflection;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Safeguarding.Contracts.Programme;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Contracts.Tests;

/// <summary>
/// Every integration event has a producer the tests can run, and every message any consumer reads is one of them: a
/// consumer's test can always be fed what the producer really sends, and none needs a hand-written message.
/// </summary>
public class ProducerCoverageTests
{
    /// <summary>The service assemblies whose consumers hear other services.</summary>
    private static readonly Assembly[] Consumers =
    [
        typeof(Safeguarding.Audit.Program).Assembly, typeof(Safeguarding.Learning.Program).Assembly, typeof(Safeguarding.Programme.Program).Assembly,
        typeof(Safeguarding.Section11.Program).Assembly, typeof(Safeguarding.Reporting.Program).Assembly, typeof(EventSourcing.Directory.DirectoryCopyConsumer).Assembly,
        typeof(Safeguarding.Notifications.Program).Assembly,
    ];

    /// <summary>
    /// A realistic year, plus what it does not need: an audit taken off the programme and a priority recorded, a case's
    /// erasure, the retention check finding a cancelled audit's cases seven years on, and periods set.
    /// </summary>
    private static IReadOnlyList<IIntegrationEvent> EverythingProduced()
    {
        var clock = new ProducerClock(ProducedYear.Start);
        var programme = new ProgrammeProducer("coverage", clock);
        var agency = programme.Register("Agency", OrganisationKind.RelevantAgency);
        programme.RecordPriority(PriorityRoute.KnownConcern, "Neglect", "Drift in neglect cases.");
        programme.CreateProgramme(ProducedYear.Year);
        var itemId = programme.Schedule(ScheduledItemKind.ThematicAudit, 2, "Neglect", CaseCategory.ChildInNeed);
        var audit = new AuditProducer(programme.AuditScheduled(itemId), new HashSet<Guid> { agency }, clock);
        programme.Remove(itemId, "Merged with the Q3 audit.");
        audit.Hear(programme.Sent.OfType<ScheduledItemRemoved>().Single());
        var erasure = new ErasureProducer("coverage", clock);
        erasure.Confirm(erasure.Request("SH-2027-001"), Privacy.ErasingService.Learning, 2, 1);
        var cancelled = new AuditProducer(programme.AuditScheduled(programme.Schedule(ScheduledItemKind.ThematicAudit, 3, "Exploitation", CaseCategory.ChildInNeed)), new HashSet<Guid> { agency }, clock)
            .OpenReturns([.. Enumerable.Range(1, 4).Select(i => ($"SH-2027-10{i}", CaseCategory.ChildInNeed))], _ => [agency])
            .Cancel("Merged with the next audit.");
        clock.MoveTo(clock.Now.AddYears(7));
        erasure.CheckRetention([cancelled.Audit]);
        erasure.SetPeriods((Privacy.RecordKind.AccessLogs, 1));
        return [.. ProducedYear.For("coverage").Messages, .. programme.Sent, .. audit.Sent, .. cancelled.Sent, .. erasure.Sent];
    }

    private static readonly Lazy<IReadOnlyList<IIntegrationEvent>> Produced = new(EverythingProduced);

    [Fact]
    public void Every_integration_event_in_Contracts_comes_out_of_a_producer_the_tests_run()
    {
        var produced = Produced.Value.Select(m => m.GetType()).ToHashSet();

        Assert.Empty(IntegrationEventShapes.Events.Where(t => !produced.Contains(t)).Select(t => t.FullName));
    }

    [Fact]
    public void Every_message_a_consumer_reads_is_one_a_producer_sends()
    {
        var produced = Produced.Value.Select(m => m.GetType()).ToHashSet();
        var consumed = Consumers.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();

        Assert.True(consumed.Count > 30, "The scan found the consumers.");
        Assert.Empty(consumed.Where(t => !produced.Contains(t)).Select(t => t.FullName));
    }

    [Fact]
    public void Every_message_produced_crosses_the_wire_and_reads_back_the_same()
    {
        var different = Produced.Value
            .Where(m => !Equivalent(m, JsonSerializer.Deserialize(JsonSerializer.Serialize(m, m.GetType(), SystemTextJsonMessageSerializer.Options), m.GetType(), SystemTextJsonMessageSerializer.Options)!))
            .Select(m => m.GetType().Name)
            .Distinct();

        Assert.Empty(different);
    }

    private static bool Equivalent(object sent, object received) =>
        JsonSerializer.Serialize(sent, sent.GetType(), SystemTextJsonMessageSerializer.Options)
        == JsonSerializer.Serialize(received, received.GetType(), SystemTextJsonMessageSerializer.Options);
}
