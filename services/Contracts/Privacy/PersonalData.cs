using System.Text.Json.Serialization;

namespace Safeguarding.Contracts.Privacy;

/// <summary>What a stored field holds about a person, as the record of processing lists it.</summary>
public enum PersonalData
{
    /// <summary>A child's pseudonymous case key: still personal data, since the agencies can tell whose case it is.</summary>
    CaseKey,

    /// <summary>A child's non-identifying profile: age band, gender, ethnicity, plan, counts of events in the period.</summary>
    ChildProfile,

    /// <summary>Free text written about a child's case: answers, rationales, findings, concerns, summaries, narratives.</summary>
    CaseText,

    /// <summary>The account of a member of staff or a partner system, as who did or read something.</summary>
    StaffAccount,

    /// <summary>A professional's work name or e-mail address.</summary>
    WorkContact,

    /// <summary>The network address a request came from.</summary>
    NetworkAddress,
}

/// <summary>The kinds of record a partnership keeps, each with its own retention period and readers.</summary>
[JsonConverter(typeof(WireEnumConverter<RecordKind>))]
public enum RecordKind
{
    AuditCaseMaterial,
    Returns,
    SelfAssessmentEvidence,
    Reviews,
    Actions,

    /// <summary>Training events, their attendance and practitioners' feedback, and the training needs behind them.</summary>
    Training,

    /// <summary>Learning briefings written for the partnership's staff.</summary>
    Briefings,
    AccessLogs,
    Notifications,
    Directory,
    StaffAccounts,

    /// <summary>Which case erasures were asked for, by whom, and which services confirmed them: never the erased key.</summary>
    Erasures,

    /// <summary>The partnership's own set-up: its programme, tools, frameworks, message words and settings.</summary>
    PartnershipSetup,
}

/// <summary>
/// A stored field that holds something about a person: what it is and why the platform keeps it. The record of
/// processing lists it; a stored field of text that says neither this nor <see cref="NotPersonalAttribute"/> fails
/// the services' record-of-processing tests.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class PersonalDataAttribute(PersonalData data, string? why = null) : Attribute
{
    public PersonalData Data => data;

    /// <summary>Why this field is kept; a case key, an account and an address are always kept for the same reason.</summary>
    public string Why => why ?? data switch
    {
        PersonalData.CaseKey => "Which child the case is: only the agencies that hold the child's records can tell.",
        PersonalData.StaffAccount => "Who did or read it: every change and every read answers to a person.",
        PersonalData.NetworkAddress => "Where a request came from, to trace misuse.",
        _ => throw new InvalidOperationException($"Say why a field of {data} is kept."),
    };
}

/// <summary>A stored field of text, or every field of a type, that holds nothing about a person, and why not.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Class)]
public sealed class NotPersonalAttribute(string why) : Attribute
{
    public string Why => why;
}

/// <summary>
/// What kind of record a stored event or document with personal fields is, and the access policy (a name from
/// Policies) whose roles read it: the record of processing's "for how long" and "who reads it" come from these.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeptAsAttribute(RecordKind kind, string readBy) : Attribute
{
    public RecordKind Kind => kind;

    public string ReadBy => readBy;
}
