namespace Safeguarding.Web.Staff;

/// <summary>An enum's values as a form's choices (the value the API takes, the words the person reads).</summary>
public static class Choices
{
    public static IReadOnlyList<(string Value, string Text)> Of<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(value => (value.ToString(), text(value)))];

    /// <summary>The words for a value posted back from a form, or the value itself when it is not one of them.</summary>
    public static string Of(IReadOnlyList<(string Value, string Text)> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value).Text ?? value ?? "";
}
