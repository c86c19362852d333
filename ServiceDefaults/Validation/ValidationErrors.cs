namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// Field-level problems found by a decision's validation, keyed by the JSON field name the caller sent,
/// ready to become a 400 validation problem.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Whether a problem is already recorded for the field (so a rule that builds on it can wait until it is put right).</summary>
    public bool Names(string field) => _errors.ContainsKey(field);

    public ValidationErrors When(bool broken, string field, string message) => broken ? Add(field, message) : this;

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
