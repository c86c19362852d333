using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Security;
using static Safeguarding.Contracts.Privacy.PersonalData;

namespace Safeguarding.Identity.Privacy;

/// <summary>What a text column holds: something about a person (<see cref="Data"/>) and why it is kept, or why it holds nothing about one.</summary>
public sealed record ColumnHolds(PersonalData? Data, string Why);

/// <summary>
/// A table of Identity's database: the kind of record it is and the policy whose roles read it, and what each of its text
/// columns holds; or, for a table that holds nothing about anybody, why not (<see cref="AboutNobody"/>).
/// </summary>
public sealed record StoredTable(string Name, RecordKind Kind, string ReadBy, IReadOnlyDictionary<string, ColumnHolds> Columns, string? AboutNobody = null);

/// <summary>
/// Every table Identity keeps, declared column by column: the registry <see cref="RecordOfProcessing"/> reads, because
/// ASP.NET Core Identity's and OpenIddict's columns are theirs, not this code's, and cannot carry an attribute.
/// </summary>
public static class StoredAccounts
{
    private const string Unused = "ASP.NET Core Identity keeps a place for it; the platform writes none.";

    public static readonly IReadOnlyList<StoredTable> Tables =
    [
        new("AspNetUsers", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["Id"] = Personal(StaffAccount, "Which account it is: every change and read elsewhere names it."),
            ["Email"] = Personal(WorkContact, "The work address they sign in with and are sent password links at."),
            ["UserName"] = Personal(WorkContact, "The same work address, as ASP.NET Core Identity's user name."),
            ["NormalizedEmail"] = Personal(WorkContact, "The address in capitals, to find the account however it is typed."),
            ["NormalizedUserName"] = Personal(WorkContact, "The user name in capitals, for the same reason."),
            ["DisplayName"] = Personal(WorkContact, "The name shown beside what they did and on the staff list."),
            ["PhoneNumber"] = Personal(WorkContact, Unused),
            ["PasswordHash"] = Personal(StaffAccount, "To check their password at sign-in: only a salted PBKDF2 hash, never the password."),
            ["Roles"] = Personal(StaffAccount, "What they may do, as the coordinator gave it."),
            ["PartnershipId"] = Nobody("Which partnership the account belongs to: a partnership, not a person."),
            ["SecurityStamp"] = Nobody("A random value renewed when the credentials change, so old sessions end."),
            ["ConcurrencyStamp"] = Nobody("A random value renewed on every change, so two changes do not overwrite each other."),
        }),
        new("AspNetUserClaims", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["UserId"] = Personal(StaffAccount, Unused),
            ["ClaimType"] = Nobody(Unused),
            ["ClaimValue"] = Personal(StaffAccount, Unused),
        }),
        new("AspNetUserLogins", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["UserId"] = Personal(StaffAccount, Unused),
            ["LoginProvider"] = Nobody(Unused),
            ["ProviderKey"] = Personal(StaffAccount, Unused),
            ["ProviderDisplayName"] = Nobody(Unused),
        }),
        new("AspNetUserTokens", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["UserId"] = Personal(StaffAccount, Unused),
            ["LoginProvider"] = Nobody(Unused),
            ["Name"] = Nobody(Unused),
            ["Value"] = Personal(StaffAccount, Unused),
        }),
        new("OpenIddictAuthorizations", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["Subject"] = Personal(StaffAccount, "Whose sign-in a system or the web was allowed to act for, until it is revoked."),
            ["Id"] = Nobody("The authorization's own id."),
            ["ApplicationId"] = Nobody("The system or web client it was given to."),
            ["ConcurrencyToken"] = Nobody("A random value renewed on every change."),
            ["Properties"] = Nobody("OpenIddict's settings for the authorization."),
            ["Scopes"] = Nobody("What the authorization allows."),
            ["Status"] = Nobody("Valid or revoked."),
            ["Type"] = Nobody("Permanent or ad hoc."),
        }),
        new("OpenIddictTokens", RecordKind.StaffAccounts, Policies.ManageUsers, new Dictionary<string, ColumnHolds>
        {
            ["Subject"] = Personal(StaffAccount, "Whose session the token belongs to, so signing out or disabling the account ends it."),
            ["Payload"] = Personal(StaffAccount, "A reference token's content while it is valid: it names the account, its roles and partnership."),
            ["Id"] = Nobody("The token's own id."),
            ["ApplicationId"] = Nobody("The system or web client it was issued to."),
            ["AuthorizationId"] = Nobody("The authorization it was issued under."),
            ["ConcurrencyToken"] = Nobody("A random value renewed on every change."),
            ["Properties"] = Nobody("OpenIddict's settings for the token."),
            ["ReferenceId"] = Nobody("A hash of the reference a caller presents."),
            ["Status"] = Nobody("Valid, redeemed or revoked."),
            ["Type"] = Nobody("Access, refresh or authorization code."),
        }),
        new("SecurityLog", RecordKind.AccessLogs, Policies.ReadAccessLog, new Dictionary<string, ColumnHolds>
        {
            ["Subject"] = Personal(StaffAccount, "Whose account or which system's client the event is about."),
            ["SubjectName"] = Personal(WorkContact, "Their work address or the client's name as it was then, readable after the account goes."),
            ["Actor"] = Personal(StaffAccount),
            ["From"] = Personal(NetworkAddress),
            ["Detail"] = Personal(StaffAccount, "What changed, such as the roles given, or why a sign-in was refused."),
            ["Kind"] = Nobody("What happened: signed in, locked out, roles changed."),
            ["PartnershipId"] = Nobody("Which partnership's log it is in."),
        }),
        AboutNoPerson("OpenIddictApplications", "Partner systems and the web as OAuth clients: a system's name, its secret's hash, its addresses."),
        AboutNoPerson("OpenIddictScopes", "The scopes clients may ask for."),
        AboutNoPerson("DataProtectionKeys", "The keys that protect sign-in cookies and password links."),
    ];

    private static ColumnHolds Personal(PersonalData data, string? why = null) => new(data, why ?? new PersonalDataAttribute(data).Why);

    private static ColumnHolds Nobody(string why) => new(null, why);

    private static StoredTable AboutNoPerson(string name, string why) => new(name, RecordKind.PartnershipSetup, Policies.ManageClients, new Dictionary<string, ColumnHolds>(), why);
}
