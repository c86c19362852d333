namespace Safeguarding.Web.Components.Forms;

/// <summary>aria-describedby for a field: its hint and its error, when it has them.</summary>
public static class Described
{
    public static string? By(string id, string? hint, string? error) =>
        string.Join(' ', new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
