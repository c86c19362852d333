using Safeguarding.Contracts;
using Safeguarding.Contracts.Programme;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.Notifications.Directory;
using Safeguarding.Notifications.Notifications;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.Templates;

namespace Safeguarding.Notifications.Tests;

public class NotificationDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly KnownOrganisation School = new(Guid.NewGuid(), "Hillside <Primary>", OrganisationKind.School, Now);

    private static readonly NotificationSettings Settings = NotificationSettings.Defaults("st-helens");

    private static readonly IReadOnlySet<string> NoDigests = new HashSet<string>();

    private static readonly MessageTemplate Template = BuiltInTemplates.For(NotificationKind.ReturnRequested);

    private static NotificationRequest Request(Guid? source = null) => new(
        NotificationKind.ReturnRequested, source ?? Guid.NewGuid(), School.Id, ContactRole.AuditContact, false, "https://qa.example.org/returns",
        new Dictionary<string, string> { ["theme"] = "Neglect", ["cases"] = "2", ["due"] = "Friday 12 March 2027" });

    private static OrganisationContacts Contacts(params OrganisationContact[] contacts) => new(School.Id, contacts, Now);

    [Fact]
    public void A_message_goes_to_the_contact_in_the_role_and_names_the_organisation()
    {
        var queued = NotificationDecisions.Queue(Request(), Template, School, Contacts(
            new OrganisationContact(ContactRole.SafeguardingLead, "Lee Lead", "lee@hillside.example"),
            new OrganisationContact(ContactRole.AuditContact, "Ann Audit", "ann@hillside.example")), Settings, NoDigests, Now);

        Assert.Equal(new Recipient("Ann Audit", "ann@hillside.example"), queued.Recipient);
        Assert.Null(queued.NoRecipient);
        Assert.Contains("Dear Ann Audit,", queued.Message.Text);
        Assert.Contains("Hillside <Primary> is asked", queued.Message.Text);
    }

    [Fact]
    public void Values_are_encoded_in_the_html_so_no_name_can_change_the_markup()
    {
        var queued = NotificationDecisions.Queue(Request(), Template, School, Contacts(new OrganisationContact(ContactRole.AuditContact, "Ann <b>", "ann@hillside.example")), Settings, NoDigests, Now);

        Assert.Contains("Hillside &lt;Primary&gt;", queued.Message.Html);
        Assert.Contains("Dear Ann &lt;b&gt;,", queued.Message.Html);
        Assert.DoesNotContain("<Primary>", queued.Message.Html);
    }

    [Fact]
    public void With_nobody_in_the_role_the_message_is_kept_with_who_is_missing()
    {
        var queued = NotificationDecisions.Queue(Request(), Template, School, Contacts(new OrganisationContact(ContactRole.SafeguardingLead, "Lee", "lee@hillside.example")), Settings, NoDigests, Now);
        var notification = Notification.Create(queued);

        Assert.Null(queued.Recipient);
        Assert.Equal("No contact for the audit contact at Hillside <Primary>.", queued.NoRecipient);
        Assert.Equal((NotificationStatus.NoRecipient, (DateTimeOffset?)null), (notification.Status, notification.NextAttemptAt));
    }

    [Fact]
    public void A_message_with_nobody_goes_to_the_contact_named_later_in_its_role_while_it_is_recent_and_only_once()
    {
        var lead = new OrganisationContact(ContactRole.SafeguardingLead, "Lee", "lee@hillside.example");
        var audit = new OrganisationContact(ContactRole.AuditContact, "Ann Audit", "ann@hillside.example");
        var held = Notification.Create(NotificationDecisions.Queue(Request(), Template, School, Contacts(lead), Settings, NoDigests, Now));
        var later = Now + NotificationDecisions.WaitsForContact;

        var addressed = NotificationDecisions.Address(held, Contacts(lead, audit), later);
        var sent = held.Apply(addressed!);

        Assert.Equal(new Recipient("Ann Audit", "ann@hillside.example"), addressed!.Recipient);
        Assert.Equal((NotificationStatus.Queued, (DateTimeOffset?)later, (string?)null), (sent.Status, sent.NextAttemptAt, sent.NoRecipient));
        Assert.Null(NotificationDecisions.Address(sent, Contacts(lead, audit), later));
        Assert.Null(NotificationDecisions.Address(held, Contacts(lead), later));
        Assert.Null(NotificationDecisions.Address(held, Contacts(lead, audit), later.AddTicks(1)));
    }

    [Fact]
    public void A_message_for_the_coordinator_goes_to_the_partnerships_mailbox_or_says_there_is_none()
    {
        var request = Request() with { Kind = NotificationKind.ConcernEscalated, Role = null, Values = new Dictionary<string, string> { ["raised"] = "Friday 5 March 2027", ["target"] = "1 working day" } };
        var template = BuiltInTemplates.For(NotificationKind.ConcernEscalated);
        var mailbox = Settings with { CoordinatorName = "Business unit", CoordinatorEmail = "qa@partnership.example.org" };

        var sent = NotificationDecisions.Queue(request, template, School, Contacts(new OrganisationContact(ContactRole.SafeguardingLead, "Lee", "lee@hillside.example")), mailbox, NoDigests, Now);
        var held = NotificationDecisions.Queue(request, template, School, null, Settings, NoDigests, Now);

        Assert.Equal(new Recipient("Business unit", "qa@partnership.example.org"), sent.Recipient);
        Assert.Equal((null, "No coordinator mailbox is set in the partnership's message settings."), (held.Recipient, held.NoRecipient));
    }

    [Fact]
    public void One_source_event_makes_one_notification_of_a_kind_for_each_organisation_it_names()
    {
        var source = Guid.NewGuid();

        Assert.Equal(Id(source, NotificationKind.ReturnRequested, School.Id), NotificationDecisions.Queue(Request(source), Template, School, null, Settings, NoDigests, Now).NotificationId);
        Assert.NotEqual(Id(source, NotificationKind.ReturnRequested, School.Id), Id(source, NotificationKind.ImmediateConcern, School.Id));
        Assert.NotEqual(Id(source, NotificationKind.ReturnRequested, School.Id), Id(Guid.NewGuid(), NotificationKind.ReturnRequested, School.Id));
        Assert.NotEqual(Id(source, NotificationKind.SelfAssessmentInvited, School.Id), Id(source, NotificationKind.SelfAssessmentInvited, Guid.NewGuid()));
    }

    private static Guid Id(Guid source, NotificationKind kind, Guid organisation) => NotificationDecisions.IdFor(source, kind, organisation);

    [Fact]
    public void While_the_server_cannot_be_reached_each_wait_doubles_up_to_a_quarter_of_an_hour_and_a_refusal_is_final()
    {
        var notification = Notification.Create(NotificationDecisions.Queue(Request(), Template, School, Contacts(new OrganisationContact(ContactRole.AuditContact, "Ann", "ann@hillside.example")), Settings, NoDigests, Now));
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            var failed = Assert.IsType<DeliveryAttemptFailed>(NotificationDecisions.AfterAttempt(notification, new DeliveryResult.TryLater("Connection refused"), Now));
            waits.Add(failed.RetryAt!.Value - Now);
            notification = notification.Apply(failed);
        }

        var refused = Assert.IsType<DeliveryAttemptFailed>(NotificationDecisions.AfterAttempt(notification, new DeliveryResult.Refused("550 No such mailbox"), Now));
        var sent = Assert.IsType<NotificationSent>(NotificationDecisions.AfterAttempt(notification, new DeliveryResult.Accepted(), Now));

        Assert.Equal([10, 20, 40, 80, 160, 320, 640, 900, 900, 900], waits.Select(w => w.TotalSeconds));
        Assert.Equal((11, (DateTimeOffset?)null, NotificationStatus.Failed), (refused.Attempt, refused.RetryAt, notification.Apply(refused).Status));
        Assert.Equal((11, NotificationStatus.Sent), (sent.Attempt, notification.Apply(sent).Status));
    }

    [Fact]
    public void A_message_that_can_wait_to_someone_who_reads_a_daily_digest_waits_for_the_next_morning_and_an_urgent_one_goes_at_once()
    {
        var contacts = Contacts(
            new OrganisationContact(ContactRole.AuditContact, "Ann", "ann@hillside.example"), new OrganisationContact(ContactRole.SafeguardingLead, "Lee", "lee@hillside.example"));
        var readers = new HashSet<string> { "ann@hillside.example", "lee@hillside.example" };
        var evening = new DateTimeOffset(2027, 6, 1, 18, 30, 0, TimeSpan.Zero); // 19:30 in British Summer Time

        var waits = Notification.Create(NotificationDecisions.Queue(Request(), Template, School, contacts, Settings, readers, evening));
        var urgent = Notification.Create(NotificationDecisions.Queue(
            Request() with { Kind = NotificationKind.ImmediateConcern, Role = ContactRole.SafeguardingLead, Urgent = true, Values = new Dictionary<string, string> { ["raised"] = "today" } },
            BuiltInTemplates.For(NotificationKind.ImmediateConcern), School, contacts, Settings, readers, evening));
        var inDigest = waits.Apply(new NotificationDigested(waits.Id, Guid.NewGuid(), Actor.System, evening.AddHours(12)));

        Assert.Equal((NotificationStatus.HeldForDigest, (DateTimeOffset?)null), (waits.Status, waits.NextAttemptAt));
        Assert.Equal(new DateTimeOffset(2027, 6, 2, 7, 0, 0, TimeSpan.FromHours(1)), waits.DigestAt);
        Assert.Equal((NotificationStatus.Queued, (DateTimeOffset?)null), (urgent.Status, urgent.DigestAt));
        Assert.Equal((NotificationStatus.InDigest, (DateTimeOffset?)null), (inDigest.Status, inDigest.DigestAt));
    }

    [Fact]
    public void The_next_digest_is_seven_tomorrow_morning_uk_time_unless_it_is_not_yet_seven_today()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 7, 0, 0, TimeSpan.Zero), NotificationDecisions.NextDigest(new DateTimeOffset(2027, 1, 5, 6, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 7, 0, 0, TimeSpan.Zero), NotificationDecisions.NextDigest(new DateTimeOffset(2027, 1, 5, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.FromHours(1)), NotificationDecisions.NextDigest(new DateTimeOffset(2027, 3, 27, 22, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_digest_lists_each_message_by_its_subject_as_a_link_to_its_record()
    {
        var rendered = BuiltInTemplates.For(NotificationKind.DailyDigest).Render(BuiltInTemplates.Examples);

        Assert.Contains("<a href=\"https://qa.partnership.example.org/returns\">Audit returns requested: Child exploitation, due Friday 12 March 2027</a><br>", rendered.Html);
        Assert.Contains("Audit returns requested: Child exploitation, due Friday 12 March 2027\nhttps://qa.partnership.example.org/returns\n\nSection 11", rendered.Text);
    }

    [Fact]
    public void A_claimed_message_is_not_due_again_until_its_claim_lapses_and_its_attempt_is_counted_once()
    {
        var notification = Notification.Create(NotificationDecisions.Queue(
            Request(), Template, School, Contacts(new OrganisationContact(ContactRole.AuditContact, "Ann", "ann@hillside.example")), Settings, NoDigests, Now));

        var claim = NotificationDecisions.Claim(notification, TimeSpan.FromSeconds(20), Now);
        var claimed = notification.Apply(claim);
        var sent = claimed.Apply(Assert.IsType<NotificationSent>(NotificationDecisions.AfterAttempt(claimed, new DeliveryResult.Accepted(), Now.AddSeconds(1))));

        Assert.Equal(Now.AddSeconds(40), claimed.NextAttemptAt);
        Assert.Equal(NotificationStatus.Queued, claimed.Status);
        Assert.Equal((NotificationStatus.Sent, 1, (DateTimeOffset?)null), (sent.Status, sent.Attempts.Count, sent.NextAttemptAt));
    }

    [Fact]
    public void A_one_time_link_is_only_in_the_email_never_in_the_record_and_never_waits_for_a_digest()
    {
        const string Link = "https://qa.example.org/account/set-password?user=u1&token=secret-token";
        var person = new Recipient("Robin Reader", "robin@hillside.example");
        var request = new NotificationRequest(
            NotificationKind.AccountCreated, Guid.NewGuid(), School.Id, null, false, Link, new Dictionary<string, string> { ["expires"] = "Tuesday 2 March 2027 at 09:00" },
            person, Now.AddDays(1));
        var template = BuiltInTemplates.For(NotificationKind.AccountCreated);

        var queued = NotificationDecisions.Queue(request, template, School, null, Settings, new HashSet<string> { person.Email }, Now);
        var email = NotificationDecisions.WithOneTimeLink(request, queued, template, School);

        Assert.Equal((person, (DateTimeOffset?)null, NotificationDecisions.WithheldLink), (queued.Recipient, queued.DigestAt, queued.Link));
        Assert.DoesNotContain("secret-token", queued.Message.Text + queued.Message.Html);
        Assert.Contains(Link, email.Message.Text);
        Assert.Equal((queued.NotificationId, Now.AddDays(1)), (email.Id, email.Until));
    }

    [Fact]
    public void A_one_time_link_goes_only_while_it_works()
    {
        var link = new OneTimeLink(Guid.NewGuid(), new RenderedMessage("s", "t", "h"), Now.AddHours(1));

        Assert.Null(NotificationDecisions.Expired(link, Now));
        Assert.IsType<DeliveryResult.Refused>(NotificationDecisions.Expired(link, Now.AddHours(1)));
        Assert.IsType<DeliveryResult.Refused>(NotificationDecisions.Expired(null, Now));
    }
}
