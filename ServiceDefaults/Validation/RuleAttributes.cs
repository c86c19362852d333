using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>Every entry of a list of texts is required and at most this long; each is named by its index.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemLengthAttribute(int maximumLength) : ValidationAttribute
{
    public int MaximumLength => maximumLength;

    public override bool IsValid(object? value) => true;

    public bool Holds(string? item) => !string.IsNullOrWhiteSpace(item) && item.Trim().Length <= maximumLength;

    public string Message(string name) => $"{name} is required and at most {maximumLength} characters.";
}

/// <summary>
/// A text (or each text of a list) is one of a fixed vocabulary kept in a static list of the service, so that the
/// list stays the one source for the check, the message and the document's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type holder, string member) : ValidationAttribute
{
    public IReadOnlyList<string> Values => [.. (IEnumerable<string>)(holder.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? holder.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? throw new InvalidOperationException($"{holder.Name}.{member} is not a public static list."))];

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => Values.Contains(text),
        IEnumerable items => items.Cast<object?>().All(item => item is string text && Values.Contains(text)),
        _ => false,
    };

    public string Message(string name) => $"{name} is one of {string.Join(", ", Values)}.";
}
