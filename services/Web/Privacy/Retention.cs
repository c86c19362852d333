using System.Globalization;
using Safeguarding.Web.Api;
using Safeguarding.Web.Reports;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Privacy;

/// <summary>One service's records of a kind kept past their period, as the retention page offers them for erasure.</summary>
public sealed record ServiceRecordsDue(string Service, string Root, DueRecordsDto Due)
{
    /// <summary>What the page's checkbox posts: the service, kind and day, matched again against the list before anything is erased.</summary>
    public string Choice => $"{Root}|{NewerNames.NameOf(Due.Kind)}|{Due.Before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public string Label => $"{Service}: {WhatWeHold.Kind(Due.Kind).ToLowerInvariant()}, {Figures.Count(Due.Records, "record")} from before {Dates.Written(Due.Before)} (kept {Retention.Years(Due.KeptYears)})";
}

/// <summary>The retention periods as the retention page asks for them: one field of whole years per kind of record.</summary>
public static class Retention
{
    /// <summary>Every service's records kept past their period, and the services that did not answer.</summary>
    public static async Task<(List<ServiceRecordsDue> Due, List<string> Unavailable)> RecordsDueAsync(GatewayApi api, CancellationToken cancellationToken = default)
    {
        var answers = await Task.WhenAll(AccessRecord.Services.Select(async s =>
            (s.Service, s.Root, Due: await api.TryGetAsync<List<DueRecordsDto>>($"{s.Root}/retention/records-due", cancellationToken))));
        return ([.. answers.SelectMany(a => (a.Due ?? []).Where(due => due.Records > 0).Select(due => new ServiceRecordsDue(a.Service, a.Root, due)))],
            [.. answers.Where(a => a.Due is null).Select(a => a.Service)]);
    }

    /// <summary>The listed lines the person chose; none when a choice is not one of them (a stale page, or one made up).</summary>
    public static IReadOnlyList<ServiceRecordsDue> Chosen(IReadOnlyList<ServiceRecordsDue> listed, IReadOnlyCollection<string> posted) =>
        posted.Count > 0 && posted.All(choice => listed.Any(l => l.Choice == choice)) ? [.. listed.Where(l => posted.Contains(l.Choice))] : [];

    public static string FieldOf(RecordKindDto kind) => $"years-{NewerNames.NameOf(kind)}";

    public static string Years(int years) => Figures.Count(years, "year");

    /// <summary>
    /// The periods to send: each kind typed differently from its default (a kind left at its default follows the
    /// default), and the fields that are not whole numbers, which the page names without asking the API.
    /// </summary>
    public static (List<(RecordKindDto Kind, int Years)> Periods, List<string> NotNumbers) Read(IReadOnlyList<KeptForDto> current, Func<string, string?> posted)
    {
        var periods = new List<(RecordKindDto, int)>();
        var notNumbers = new List<string>();
        foreach (var kept in current)
        {
            var typed = posted(FieldOf(kept.Kind))?.Trim();
            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var years))
            {
                notNumbers.Add(FieldOf(kept.Kind));
            }
            else if (years != kept.Years || !kept.IsDefault)
            {
                periods.Add((kept.Kind, years));
            }
        }

        return (periods, notNumbers);
    }
}
