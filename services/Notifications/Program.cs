using JasperFx.Events.Projections;
using Marten;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Notifications.Accounts;
using Safeguarding.Notifications.Calendar;
using Safeguarding.Notifications.Concerns;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Digests;
using Safeguarding.Notifications.Directory;
using Safeguarding.Notifications.Messaging;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Preferences;
using Safeguarding.Notifications.Returns;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.Templates;
using Safeguarding.Notifications.WorkingDays;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Notifications;

/// <summary>The Notifications service: tells people, by e-mail and once, what the other services need them to do.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("notifications-db", options =>
        {
            options.Projections.Snapshot<Notification>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<PartnershipTemplate>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<CalendarFeed>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<NotificationSettings>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<DeliveryPreference>(SnapshotLifecycle.Inline);
            options.Schema.For<ConcernWatch>().Index(w => w.EscalateAt);
            options.Schema.For<ReturnsWatch>().Index(w => w.NextCheckAt);
            options.Schema.For<ReturnReceived>().Index(r => r.AuditId);
            options.Schema.For<CalendarFeed>().Index(f => f.SecretHash);
            options.Schema.For<Deadline>().Index(d => d.Due);
            options.Schema.For<Notification>().Index(n => n.NextAttemptAt);
            options.Schema.For<Notification>().Index(n => n.DigestAt);
            // Stored directly, not projected: named so the schema and the record of processing know them from the start.
            options.RegisterDocumentType<OrganisationContacts>();
            options.RegisterDocumentType<OneTimeLink>();
            options.RegisterDocumentType<CycleInvitation>();
            options.RegisterDocumentType<ConcernAcknowledgement>();
            options.RegisterDocumentType<PartnershipClosures>();
        });
        builder.AddMessaging("notifications", bus =>
        {
            bus.AddConsumer<DirectoryCopyConsumer>();
            bus.AddCaseErasure(ErasingService.Notifications);
            bus.AddRecordRetention();
            bus.AddConsumer<OrganisationContactsConsumer>();
            bus.AddConsumer<AuditNotifications>();
            bus.AddConsumer<DeadlineConsumers>();
            bus.AddConsumer<ConcernWatchConsumer>();
            bus.AddConsumer<ReturnsWatchConsumer>();
            bus.AddConsumer<Section11Notifications>();
            bus.AddConsumer<LearningNotifications>();
            bus.AddConsumer<RetentionNotifications>();
            bus.AddConsumer<PartnershipClosuresConsumer>();
        });
        builder.AddApiDocument(RequestExamples.All);
        builder.Services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SmtpMailer>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<Notify>();
        builder.Services.AddSingleton(Notification.Retained);
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddSingleton(services => CheckClock.From(builder.Configuration, builder.Environment, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<UnacknowledgedConcernsCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<UnacknowledgedConcernsCheck>());
        builder.Services.AddSingleton<LateReturnsCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LateReturnsCheck>());
        builder.Services.AddSingleton<DailyDigestCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DailyDigestCheck>());

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapNotificationsApi();
        app.MapAccessLog("/api/notifications/access-log");
        app.MapRecordRetention("/api/notifications");
        app.MapRecordOfProcessing("/api/notifications/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/notifications/subject-access");
        app.MapTemplatesApi();
        app.MapCalendarApi();
        app.MapSettingsApi();
        app.MapPreferencesApi();
        app.MapPasswordLinksApi();
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
