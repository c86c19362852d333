using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Safeguarding.Contracts;
using Safeguarding.Learning.Reviews;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;
using Integration = Safeguarding.Contracts.Learning;

namespace Safeguarding.Learning.Tests;

/// <summary>A review's statutory deadline on a clock the test moves: at risk two working days out, then missed.</summary>
public sealed class ReviewDeadlineTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string _partnership = TestTokens.NewPartnership();
    private ServiceHost<Program> _host = null!;

    public async Task InitializeAsync() =>
        _host = await ServiceHost<Program>.StartAsync("learning-db", configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_unnotified_serious_incident_is_flagged_at_risk_and_then_missed_and_each_flag_is_published()
    {
        await using var flags = await BusProbe<Integration.ReviewDeadlineAtRisk>.StartAsync(_host.RabbitMq.AmqpUri);
        var review = await RecordIncidentOnFirstDecemberAsync("SH-2026-050");
        Assert.Equal(new DateOnly(2026, 12, 8), review.PanelNotificationDue!.Due);
        var check = _host.Services.GetRequiredService<ReviewDeadlinesCheck>();

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        await check.CheckAsync(default);
        var atRisk = await flags.WaitForAsync(m => m.ReviewId == review.Id, TimeSpan.FromSeconds(20));
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero));
        await check.CheckAsync(default);
        await check.CheckAsync(default);
        var missed = await flags.WaitForAsync(m => m.ReviewId == review.Id && m.Missed, TimeSpan.FromSeconds(20));

        Assert.Equal((StatutoryDeadline.PanelNotification, false), (atRisk.Message.Deadline, atRisk.Message.Missed));
        Assert.Equal(new DateOnly(2026, 12, 8), missed.Message.Due);
        var flagged = await (await Lead.GetAsync($"/api/reviews/{review.Id}")).ReadAsync<Review>();
        Assert.Equal([false, true], flagged.Flags.Select(f => f.Missed));
    }

    [Fact]
    public async Task Each_deadline_is_published_when_it_is_set_and_when_its_step_is_taken_so_others_can_tell_it_is_missed_without_a_flag()
    {
        await using var set = await BusProbe<Integration.ReviewDeadlineSet>.StartAsync(_host.RabbitMq.AmqpUri);
        await using var met = await BusProbe<Integration.ReviewDeadlineMet>.StartAsync(_host.RabbitMq.AmqpUri);
        var review = await RecordIncidentOnFirstDecemberAsync("SH-2026-051");

        var panelDue = await set.WaitForAsync(m => m.ReviewId == review.Id, TimeSpan.FromSeconds(20));
        await (await Lead.PostJsonAsync($"/api/reviews/{review.Id}/panel-notification", new { notifiedOn = "2026-12-01" })).ReadAsync<Review>();
        var panelMet = await met.WaitForAsync(m => m.ReviewId == review.Id, TimeSpan.FromSeconds(20));
        var rapidDue = await set.WaitForAsync(m => m.ReviewId == review.Id && m.Deadline == StatutoryDeadline.RapidReview, TimeSpan.FromSeconds(20));

        Assert.Equal((StatutoryDeadline.PanelNotification, new DateOnly(2026, 12, 8)), (panelDue.Message.Deadline, panelDue.Message.Due));
        Assert.Equal((StatutoryDeadline.PanelNotification, new DateOnly(2026, 12, 1)), (panelMet.Message.Deadline, panelMet.Message.MetOn));
        var notified = await (await Lead.GetAsync($"/api/reviews/{review.Id}")).ReadAsync<Review>();
        Assert.Equal(notified.RapidReviewDue!.Due, rapidDue.Message.Due);
    }

    private HttpClient Lead => _host.ClientFor(_partnership, Roles.Coordinator);

    private async Task<Review> RecordIncidentOnFirstDecemberAsync(string caseReference) =>
        await (await Lead.PostJsonAsync("/api/reviews/serious-incidents", new
        {
            caseReference,
            theme = "Exploitation",
            summary = "A young person was seriously harmed.",
            awareOn = "2026-12-01",
        })).ReadAsync<Review>();
}
