using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Programme.Programmes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Programme.Tests;

/// <summary>An item is overdue wherever the programme is read from the day after it was due, check or no check.</summary>
public sealed class ProgrammeItemsOverdueTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly string _partnership = TestTokens.NewPartnership();
    private ServiceHost<Program> _host = null!;

    private HttpClient Coordinator => _host.ClientFor(_partnership, Roles.Coordinator);

    // The periodic check runs once at start and not again: moving the clock two days does not reach its next run.
    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync(
            "programme-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock),
            settings: new Dictionary<string, string> { ["Programme:OverdueCheckEvery"] = "40.00:00:00" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_first_quarters_items_read_overdue_on_1_April_before_the_periodic_check_has_recorded_them()
    {
        var created = await (await Coordinator.PostJsonAsync("/api/programmes", new { year = 2027 })).ReadAsync<AuditProgramme>();
        var generated = await (await Coordinator.PostJsonAsync($"/api/programmes/{created.Id}/generate", new { })).ReadAsync<AuditProgramme>();
        var firstQuarter = generated.Items.Where(i => ProgrammeDecisions.DueDate(2027, i) == new DateOnly(2027, 3, 31)).Select(i => i.ItemId).Order().ToList();
        Assert.NotEmpty(firstQuarter);
        Assert.Empty(generated.Progress);

        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero));
        var read = await (await Coordinator.GetAsync($"/api/programmes/{created.Id}")).ReadAsync<AuditProgramme>();
        var listed = (await (await Coordinator.GetAsync("/api/programmes")).ReadAsync<List<AuditProgramme>>()).Single(p => p.Id == created.Id);

        foreach (var programme in new[] { read, listed })
        {
            Assert.Equal(firstQuarter, programme.Items.Where(i => programme.StatusOf(i.ItemId) == ItemStatus.Overdue).Select(i => i.ItemId).Order());
            Assert.All(programme.Progress, p => Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero), p.Since));
        }

        await using var session = _host.Services.GetRequiredService<IDocumentStore>().QuerySession(_partnership);
        var history = await session.Events.FetchStreamAsync(created.Id);
        Assert.DoesNotContain(history, e => e.Data is ProgrammeItemOverdue);
    }
}
