using System.Reflection;
using System.Text.Json.Nodes;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>
/// Erases one case from one stored record (an event's or a document's JSON), reading the same declarations the record
/// of processing lists: a field declared as a case key (or typed <see cref="CaseKey"/>) holding the case's key takes the
/// erasure's replacement key, and the text about the case (case text, the child's profile, an integration event's free
/// text) in the part of the record that belongs to the case becomes <see cref="ErasedText"/>. A part belongs to the case
/// when it, or a part around it, holds the case's key; when the record holds no other case, all of it does; and text
/// about a case that names this one by its key is the case's wherever it is. Ids, grades, dates and counts stay, so
/// what is counted stays right.
/// </summary>
public static class CaseMasking
{
    public const string ErasedText = "[erased]";

    /// <returns>True when anything changed; masking a record twice changes nothing the second time.</returns>
    public static bool Mask(JsonNode? record, Type type, string caseKey, string erasedAs, bool wholeRecord) =>
        Walk(record, type, caseKey, erasedAs, wholeRecord);

    /// <summary>Every case key the record holds, to tell whether it is about one case or several.</summary>
    public static IEnumerable<string> CaseKeysIn(JsonNode? record, Type type) => record switch
    {
        JsonArray items => items.SelectMany(item => CaseKeysIn(item, RecordOfProcessing.ElementOf(type, out _))),
        JsonObject entries when IsDictionary(type) => entries.SelectMany(e => CaseKeysIn(e.Value, RecordOfProcessing.ElementOf(type, out _))),
        JsonObject fields => Fields(fields, type).SelectMany(f => IsCaseKey(f.Property)
            ? TextOf(f.Value) is { } key ? [key] : []
            : CaseKeysIn(f.Value, RecordOfProcessing.ElementOf(f.Property.PropertyType, out _))),
        _ => [],
    };

    private static bool Walk(JsonNode? node, Type type, string caseKey, string erasedAs, bool inCase)
    {
        if (node is JsonArray items)
        {
            var element = RecordOfProcessing.ElementOf(type, out _);
            return items.Aggregate(false, (changed, item) => Walk(item, element, caseKey, erasedAs, inCase) | changed);
        }

        if (node is not JsonObject fields)
        {
            return false;
        }

        if (IsDictionary(type))
        {
            var values = RecordOfProcessing.ElementOf(type, out _);
            return fields.ToList().Aggregate(false, (changed, f) => Walk(f.Value, values, caseKey, erasedAs, inCase) | changed);
        }

        var present = Fields(fields, type).ToList();
        var ofTheCase = inCase || present.Any(f => IsCaseKey(f.Property) && TextOf(f.Value) == caseKey);
        var changed = false;
        foreach (var (name, property, value) in present)
        {
            if (IsCaseKey(property))
            {
                if (TextOf(value) == caseKey)
                {
                    fields[name] = erasedAs;
                    changed = true;
                }
            }
            else if (IsAboutTheCase(property))
            {
                changed |= (ofTheCase || Mentions(value, caseKey)) && Erase(value, node => fields[name] = node);
            }
            else
            {
                changed |= Walk(value, RecordOfProcessing.ElementOf(property.PropertyType, out _), caseKey, erasedAs, ofTheCase);
            }
        }

        return changed;
    }

    /// <summary>Every text in the value becomes <see cref="ErasedText"/>; numbers and flags (a profile's counts) stay.</summary>
    private static bool Erase(JsonNode? value, Action<JsonNode> replace) => value switch
    {
        JsonValue when TextOf(value) is { } text => text != ErasedText && Replaced(replace),
        JsonObject fields => fields.ToList().Aggregate(false, (changed, f) => Erase(f.Value, node => fields[f.Key] = node) | changed),
        JsonArray items => Enumerable.Range(0, items.Count).Aggregate(false, (changed, i) => Erase(items[i], node => items[i] = node) | changed),
        _ => false,
    };

    private static bool Replaced(Action<JsonNode> replace)
    {
        replace(ErasedText);
        return true;
    }

    private static IEnumerable<(string Name, PropertyInfo Property, JsonNode? Value)> Fields(JsonObject fields, Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        return fields.ToList()
            .Where(f => properties.ContainsKey(f.Key))
            .Select(f => (f.Key, properties[f.Key], f.Value));
    }

    /// <summary>A JSON object whose names are the dictionary's keys, not a record's fields.</summary>
    private static bool IsDictionary(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && i.GetGenericArguments()[0] is { IsGenericType: true } item && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    private static bool IsCaseKey(PropertyInfo property) =>
        RecordOfProcessing.Declared<PersonalDataAttribute>(property)?.Data == PersonalData.CaseKey
        || (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(CaseKey);

    private static bool IsAboutTheCase(PropertyInfo property) =>
        RecordOfProcessing.Declared<PersonalDataAttribute>(property)?.Data is PersonalData.CaseText or PersonalData.ChildProfile
        || RecordOfProcessing.Declared<FreeTextAttribute>(property) is not null;

    /// <summary>Text about a case that names the case by its key is the case's, wherever it is kept.</summary>
    private static bool Mentions(JsonNode? value, string caseKey) =>
        value is not null && value.ToJsonString().Contains(caseKey, StringComparison.Ordinal);

    private static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
