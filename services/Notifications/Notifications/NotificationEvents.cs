using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Notifications;

/// <summary>What a person is told about: one kind per integration event that needs someone to act.</summary>
public enum NotificationKind
{
    ReturnRequested,
    ImmediateConcern,

    /// <summary>An immediate concern still unacknowledged at the partnership's target: to the coordinator.</summary>
    ConcernEscalated,

    /// <summary>A message had nobody in its role at the organisation: the coordinator is told who to add.</summary>
    NoContact,

    /// <summary>An agency's audit returns are past their due date: its audit contact is reminded on the next working day.</summary>
    ReturnsLate,

    /// <summary>Still late some working days after the reminder: the agency's safeguarding lead is told.</summary>
    ReturnsEscalated,

    /// <summary>An organisation invited to a Section 11 or Section 175 self-assessment: to its Section 11 lead or DSL.</summary>
    SelfAssessmentInvited,

    /// <summary>A self-assessment's deadline is near and the return is not in.</summary>
    SelfAssessmentReminder,

    /// <summary>A self-assessment's deadline has passed and the return is not in.</summary>
    SelfAssessmentOverdue,

    /// <summary>The partnership challenges an indicator of the submitted return: the organisation must answer.</summary>
    SelfAssessmentChallenged,

    /// <summary>The partnership's feedback on the return is issued.</summary>
    SelfAssessmentFeedback,

    /// <summary>An improvement action is past its due date: to the owning organisation's safeguarding lead.</summary>
    ActionOverdue,

    /// <summary>A review's statutory deadline is close and its step not taken: to the coordinator.</summary>
    ReviewDeadlineAtRisk,

    /// <summary>A review's statutory deadline has passed with its step not taken: to the coordinator.</summary>
    ReviewDeadlineMissed,

    /// <summary>An organisation's staff attended a training event: its training contact gets the link for their feedback.</summary>
    TrainingFeedbackRequested,

    /// <summary>One e-mail a day with every message that could wait, for a person who chose it.</summary>
    DailyDigest,

    /// <summary>A new member of staff's account: the one-time link to set their password, to them alone.</summary>
    AccountCreated,

    /// <summary>A new one-time link to set a password, issued by the coordinator for a forgotten one.</summary>
    PasswordReset,

    /// <summary>The daily retention check found records kept past the partnership's period: the coordinator confirms what to erase.</summary>
    RecordsPastRetention,
}

/// <summary>A work name and address from the directory, as it was when the message was written.</summary>
public sealed record Recipient(
    [PersonalData(PersonalData.WorkContact, "Who the message went to, as the directory named them then.")] string Name,
    [PersonalData(PersonalData.WorkContact, "Where the message went.")] string Email);

/// <summary>The e-mail as sent: a subject, plain text and HTML, with no case key, child detail or narrative.</summary>
public sealed record RenderedMessage(
    [NotPersonal("Names the kind of record and links to it, never a person.")] string Subject,
    [PersonalData(PersonalData.WorkContact, "The e-mail as sent: it may greet its recipient and name the coordinator; never a case key, a child or a narrative.")] string Text,
    [PersonalData(PersonalData.WorkContact, "The same e-mail as HTML.")] string Html);

/// <summary>
/// A message was written for the organisation's contact in that role (no role: the partnership's coordinator), from the
/// event that needed it. With nobody to send it to, <c>Recipient</c> is empty and <c>NoRecipient</c> says who is missing.
/// With <c>DigestAt</c>, the recipient takes messages that can wait in a daily digest: it waits for that one.
/// </summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record NotificationQueued(
    Guid NotificationId,
    NotificationKind Kind,
    Guid SourceEventId,
    Guid OrganisationId,
    ContactRole? Role,
    Recipient? Recipient,
    [NotPersonal("Which role the organisation had nobody in.")] string? NoRecipient,
    RenderedMessage Message,
    bool Urgent,
    [NotPersonal("The page the message links to, by id.")] string Link,
    Actor By,
    DateTimeOffset At,
    DateTimeOffset? DigestAt = null) : IDomainEvent;

/// <summary>
/// A message that had nobody in its role found someone: the directory named a contact in that role soon enough after
/// (see <see cref="NotificationDecisions.WaitsForContact"/>), and the message goes to them as it was written.
/// </summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record NotificationAddressed(Guid NotificationId, Recipient Recipient, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The message went into the recipient's daily digest instead of being sent on its own.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record NotificationDigested(Guid NotificationId, Guid DigestId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// One delivery pass took the message to send it: no other pass (in this instance or another) tries it before
/// <c>Until</c>, when a pass that stopped before recording its attempt has plainly stopped.
/// </summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record DeliveryClaimed(Guid NotificationId, DateTimeOffset Until, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The mail server took the message.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record NotificationSent(Guid NotificationId, int Attempt, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>An attempt failed: tried again at <c>RetryAt</c>, or (a permanent refusal, with no retry) never again.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record DeliveryAttemptFailed(
    Guid NotificationId,
    int Attempt,
    [PersonalData(PersonalData.WorkContact, "The mail server's answer: it may quote the address it refused.")] string Error,
    DateTimeOffset? RetryAt,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
