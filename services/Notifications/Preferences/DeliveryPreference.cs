using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Preferences;

/// <summary>How a person takes the messages that can wait: one by one, or gathered into one e-mail a day.</summary>
public enum DeliveryChoice
{
    EachMessage,
    DailyDigest,
}

/// <summary>A person chose how non-urgent messages to their address reach them (urgent ones always go at once).</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record DeliveryChosen(
    Guid PreferenceId,
    [PersonalData(PersonalData.WorkContact, "Whose choice it is: their work address.")] string Email,
    DeliveryChoice Choice,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A person's choice for their address in one partnership, kept inline as its read model; without one, each message goes at once.</summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record DeliveryPreference(
    Guid Id,
    [PersonalData(PersonalData.WorkContact, "Whose choice it is: their work address.")] string Email,
    DeliveryChoice Choice,
    DateTimeOffset ChosenAt) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    public static Guid IdFor(string partnershipId, string email) => DeterministicGuid.Create("delivery-preference", partnershipId, email.ToLowerInvariant());

    public static DeliveryPreference Create(DeliveryChosen chosen) => new(chosen.PreferenceId, chosen.Email, chosen.Choice, chosen.At);

    public DeliveryPreference Apply(DeliveryChosen chosen) => this with { Choice = chosen.Choice, ChosenAt = chosen.At };
}
