using System.Text.RegularExpressions;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Privacy;

/// <summary>One service's record of processing: every field it stores that holds something about a person.</summary>
public sealed record ServiceHolding(string Service, IReadOnlyList<PersonalFieldDto> Fields);

/// <summary>What every service says it holds, and which services could not be asked.</summary>
public sealed record HoldingAnswer(IReadOnlyList<ServiceHolding> Services, IReadOnlyList<string> Unavailable, IReadOnlyList<KeptForDto>? Periods = null)
{
    /// <summary>How long a kind of record is kept, in words; unknown when the periods could not be read.</summary>
    public string KeptFor(RecordKindDto kind) => Periods?.FirstOrDefault(p => p.Kind == kind) is { } kept ? Retention.Years(kept.Years) : "Not known";
}

/// <summary>
/// The record of processing for the whole platform: each service reads its own from the declarations on what it stores,
/// so this only asks them all and puts their answers in words a Data Protection Officer reads.
/// </summary>
public static partial class WhatWeHold
{
    /// <summary>Every service that stores something about a person: those that keep records, and the one that keeps accounts.</summary>
    public static readonly IReadOnlyList<(string Service, string Root)> Holders = [.. AccessRecord.Services, (AccessRecord.Accounts, AccessRecord.AccountsRoot)];

    public static async Task<HoldingAnswer> ReadAsync(GatewayApi api, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(Holders.Select(async service =>
            (service.Service, Fields: await api.TryGetAsync<List<PersonalFieldDto>>($"{service.Root}/record-of-processing", cancellationToken))));
        return new HoldingAnswer(
            [.. answers.Where(a => a.Fields is not null).Select(a => new ServiceHolding(a.Service, [.. a.Fields!.OrderBy(f => f.Kind).ThenBy(f => f.Field, StringComparer.Ordinal)]))],
            [.. answers.Where(a => a.Fields is null).Select(a => a.Service)],
            await api.TryGetAsync<List<KeptForDto>>("/api/audits/retention", cancellationToken));
    }

    /// <summary>What a field holds, as the DPO would say it.</summary>
    public static string Holds(PersonalDataDto data) => data switch
    {
        PersonalDataDto.CaseKey => "A child's case key (pseudonymous)",
        PersonalDataDto.ChildProfile => "A child's profile (age band, gender, ethnicity, plan)",
        PersonalDataDto.CaseText => "Text written about a child's case",
        PersonalDataDto.StaffAccount => "A member of staff's account",
        PersonalDataDto.WorkContact => "A professional's work name or address",
        PersonalDataDto.NetworkAddress => "A network address",
        _ => Words(NewerNames.NameOf(data)),
    };

    /// <summary>A record kind in words: "SelfAssessmentEvidence" reads "Self assessment evidence".</summary>
    public static string Kind(RecordKindDto kind) => Words(NewerNames.NameOf(kind));

    /// <summary>A name in code in words: "MultiAgencyAudit" and "multiAgencyAudit" read "Multi agency audit".</summary>
    public static string Words(string name)
    {
        var words = CapitalLetter().Replace(name, " $1").Trim().ToLowerInvariant();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex CapitalLetter();
}
