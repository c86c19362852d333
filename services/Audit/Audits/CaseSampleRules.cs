using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>
/// What a case sample may hold (DOMAIN.md, data protection): a pseudonymous case key and a non-identifying
/// profile from fixed lists. A key that could be a name or a date of birth is refused.
/// </summary>
public static class CaseSampleRules
{
    public const int MinCases = 4;
    public const int MaxCases = 10;
    public const int MaxKeyLength = PseudonymousKey.MaxLength;
    public const string SampleSize = "The sample holds 4 to 10 cases.";

    public static readonly IReadOnlyList<string> AgeBands = ["unborn", "under-1", "1-4", "5-9", "10-15", "16-17", "18-25"];
    public static readonly IReadOnlyList<string> Genders = ["female", "male", "non-binary", "not-recorded"];
    public static readonly IReadOnlyList<string> Ethnicities = ["asian", "black", "mixed", "white", "other", "not-recorded"];
    public static readonly IReadOnlyList<string> PlanTypes = ["none", "early-help", "child-in-need", "child-protection", "looked-after"];
    public static readonly IReadOnlyList<string> AttendanceBands = ["not-applicable", "95-100", "90-95", "persistent-absence", "severe-absence", "missing-education"];

    /// <summary>Null when the key is acceptable, otherwise why not: the platform's one rule (<see cref="PseudonymousKey"/>).</summary>
    public static string? CaseKeyProblem(string? key) => PseudonymousKey.Problem(key);

    public static CaseProfile ToProfile(CaseProfileInput p) =>
        new(p.AgeBand!, p.Gender!, p.Ethnicity!, p.DisabilityOrSen, p.PlanType, p.SchoolAttendance,
            p.ReferralsInPeriod, p.Section47EnquiriesInPeriod, p.PlacementMoves, p.MissingEpisodes, p.ReturnInterviews);
}
