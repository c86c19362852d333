namespace Safeguarding.ServiceDefaults.Validation;

public static class Repeats
{
    /// <summary>
    /// The positions of the entries whose key an earlier entry already had (a missing entry has no key), found in one
    /// pass: a list that repeats itself costs its length, never its square.
    /// </summary>
    public static IReadOnlySet<int> RepeatedAt<T, TKey>(this IReadOnlyList<T?> items, Func<T, TKey> key)
    {
        var seen = new HashSet<TKey>();
        var repeated = new HashSet<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && !seen.Add(key(item)))
            {
                repeated.Add(i);
            }
        }

        return repeated;
    }
}
