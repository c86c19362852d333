namespace Safeguarding.Identity.SecurityLog;

/// <summary>
/// Something that changed who may get in: a sign-in or a refused one, a lockout, a password set, an account or client
/// given, changed or withdrawn; or a read of the staff accounts themselves. Written once, never changed; the coordinator
/// and the Data Protection Officer read their partnership's.
/// </summary>
public sealed class SecurityEvent
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public string PartnershipId { get; init; } = "";

    public string Kind { get; init; } = "";

    /// <summary>The staff user's id or the client's id the event is about.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Their work email or the client's name, as it was then.</summary>
    public string? SubjectName { get; init; }

    /// <summary>Who did it: the signed-in caller, or the subject themselves at the sign-in page.</summary>
    public string? Actor { get; init; }

    public string? From { get; init; }

    public string? Detail { get; init; }
}

public static class SecurityEventKinds
{
    public const string SignedIn = nameof(SignedIn);
    public const string SignInRefused = nameof(SignInRefused);
    public const string LockedOut = nameof(LockedOut);
    public const string PasswordSet = nameof(PasswordSet);
    public const string UserRegistered = nameof(UserRegistered);
    public const string RolesChanged = nameof(RolesChanged);
    public const string PasswordLinkIssued = nameof(PasswordLinkIssued);
    public const string Unlocked = nameof(Unlocked);
    public const string Disabled = nameof(Disabled);
    public const string ClientRegistered = nameof(ClientRegistered);
    public const string ClientSecretRotated = nameof(ClientSecretRotated);
    public const string ClientRevoked = nameof(ClientRevoked);

    /// <summary>Someone read the list of staff accounts (names, addresses, roles): the subject is the partnership's staff.</summary>
    public const string StaffListRead = nameof(StaffListRead);

    /// <summary>Someone was given everything kept about a member of staff's account, for a subject access request.</summary>
    public const string SubjectAccessAnswered = nameof(SubjectAccessAnswered);
}
