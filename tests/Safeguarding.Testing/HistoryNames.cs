using System.Reflection;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Testing;

/// <summary>What a record's public history must name: every event its stream can hold, as Create and Apply take them.</summary>
public static class HistoryNames
{
    public static IReadOnlyList<string> Unnamed<TRecord>(HistoryVocabulary<TRecord> vocabulary) =>
    [
        .. typeof(TRecord).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType)
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && !vocabulary.EventTypes.Contains(t))
            .Select(t => t.Name),
    ];
}
