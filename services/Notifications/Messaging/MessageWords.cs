using System.Globalization;
using System.Text.RegularExpressions;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Calendar;

namespace Safeguarding.Notifications.Messaging;

/// <summary>How values read in a message.</summary>
public static class MessageWords
{
    /// <summary>A date as people write it ("Friday 12 March 2027"); the invariant culture's names are English.</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateTimeOffset at) => LongDate(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>A moment as people in the UK read it ("Tuesday 2 March 2027 at 14:05").</summary>
    public static string LongDateAndTime(DateTimeOffset at) =>
        UkTime.Local(at) is var local ? $"{LongDate(DateOnly.FromDateTime(local))} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)}" : "";

    public static string Assessment(SelfAssessmentKind kind) => kind == SelfAssessmentKind.Section175 ? "Section 175" : "Section 11";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A kind of record in lower-case words: "AuditCaseMaterial" reads "audit case material".</summary>
    public static string Records(RecordKind kind) => Regex.Replace(kind.ToString(), "(?<!^)([A-Z])", " $1").ToLowerInvariant();

    /// <summary>The step a review's statutory deadline is for.</summary>
    public static string Step(StatutoryDeadline deadline) => deadline switch
    {
        StatutoryDeadline.PanelNotification => "notify the Child Safeguarding Practice Review Panel",
        StatutoryDeadline.RapidReview => "send the Rapid Review to the national panel",
        StatutoryDeadline.FinalReport => "publish the final review report",
        _ => deadline.ToString(),
    };
}
