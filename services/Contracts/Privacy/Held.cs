using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace Safeguarding.Contracts.Privacy;

/// <summary>Everything a service holds about a member of staff or a partner system, by their account's id (a token's subject).</summary>
public sealed record StaffSubjectAccessRequest([Required, StringLength(200), Identifier] string? Subject);

/// <summary>One stored event that holds something about the person asked about: its stream, its place there, its type, when, and what it says.</summary>
public sealed record HeldEvent(string Stream, long Version, string Type, DateTimeOffset? At, JsonObject Data);

/// <summary>One stored record (a read model, a copy, a row) that holds something about the person asked about.</summary>
public sealed record HeldDocument(string Type, string Id, DateTimeOffset? LastChanged, JsonObject Data);

/// <summary>What one service holds about a case: every event and record that holds its key or its words, other cases taken out.</summary>
public sealed record HeldAboutCase(string CaseKey, IReadOnlyList<HeldEvent> Events, IReadOnlyList<HeldDocument> Documents);

/// <summary>
/// What one service holds about a member of staff or a partner system: every event and record that names their account,
/// with every child's case in them taken out (what they did is theirs; what they did it about is the child's).
/// </summary>
public sealed record HeldAboutPerson(string Subject, IReadOnlyList<HeldEvent> Events, IReadOnlyList<HeldDocument> Documents);
