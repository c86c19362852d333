using Safeguarding.Web.Api;
using Safeguarding.Web.Reports;

namespace Safeguarding.Web.Privacy;

/// <summary>A case erasure in the words the coordinator follows it by.</summary>
public static class CaseErasures
{
    public static string ServiceName(ErasingServiceDto service) => service switch
    {
        ErasingServiceDto.Section11 => "Section 11",
        _ => NewerNames.NameOf(service),
    };

    /// <summary>What a service rewrote, e.g. "12 stored events and 2 records".</summary>
    public static string Masked(int events, int documents) => $"{Figures.Count(events, "stored event")} and {Figures.Count(documents, "record")}";

    public static string Status(CaseErasureDto erasure) =>
        erasure.Waiting is { Count: > 0 } waiting ? $"Waiting for {string.Join(", ", waiting.Select(ServiceName))}" : "Erased everywhere";
}
