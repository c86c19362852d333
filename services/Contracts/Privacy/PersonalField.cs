namespace Safeguarding.Contracts.Privacy;

/// <summary>
/// One field a service stores that holds something about a person: in which stored record (an event, a document, a
/// table) and where in it, what kind of record that is, what the field holds, why it is kept, and the roles that read it.
/// Every service's record of processing answers a list of these, whatever it stores its records in.
/// </summary>
public sealed record PersonalField(string Record, string Field, RecordKind Kind, PersonalData Data, string Why, IReadOnlyList<string> ReadBy);
