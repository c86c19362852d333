using System.Collections;
using System.Reflection;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>
/// The record of processing, read from the code's own declarations on what the service stores: every event type it
/// writes and every document Marten keeps for it. A field of text (or a type the walk cannot see into) declared neither
/// personal nor not is listed as undeclared, which the services' tests refuse: a new field cannot go unlisted.
/// </summary>
public static class RecordOfProcessing
{
    /// <summary>
    /// What the service stores: its events, its documents (those Marten knows so far, and what every service keeps, which
    /// Marten meets only when first written: the directory copy, the access log, the retention periods, and the erasures by age and notices of them).
    /// </summary>
    public static IReadOnlyList<Type> StoredBy(Assembly service, IDocumentStore store) =>
        [.. service.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
            .Concat(store.Options.AllKnownDocumentTypes().Select(d => d.DocumentType))
            .Append(typeof(RecordRead))
            .Append(typeof(KeptPeriods))
            .Append(typeof(RecordsErasedPastRetention))
            .Append(typeof(RecordsFoundPastRetention))
            .Append(typeof(KnownOrganisation))
            .Where(t => t.Namespace?.StartsWith("Safeguarding.", StringComparison.Ordinal) == true)
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static (IReadOnlyList<PersonalField> Fields, IReadOnlyList<string> Undeclared) Of(IEnumerable<Type> stored)
    {
        var fields = new List<PersonalField>();
        var undeclared = new List<string>();
        foreach (var type in stored.Where(t => t.GetCustomAttribute<NotPersonalAttribute>() is null))
        {
            Walk(type, type.Name, type, fields, undeclared, [type]);
        }

        return (fields, undeclared);
    }

    private static void Walk(Type type, string path, Type record, List<PersonalField> fields, List<string> undeclared, HashSet<Type> seen)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !IsStorageMetadata(type, p)))
        {
            var field = $"{path}.{property.Name}";
            var element = ElementOf(property.PropertyType, out var many);
            if (Declared<PersonalDataAttribute>(property) is { } personal)
            {
                if (record.GetCustomAttribute<KeptAsAttribute>() is { } kept)
                {
                    fields.Add(new(record.Name, field, kept.Kind, personal.Data, personal.Why, [.. Policies.RolesAllowedBy(kept.ReadBy)]));
                }
                else
                {
                    undeclared.Add($"{field}: personal, but {record.Name} does not say what record it is ([KeptAs])");
                }
            }
            else if (Declared<NotPersonalAttribute>(property) is not null || element.GetCustomAttribute<NotPersonalAttribute>() is not null || IsPlainValue(element))
            {
                continue;
            }
            else if (element == typeof(string) || element.Namespace?.StartsWith("Safeguarding.", StringComparison.Ordinal) != true)
            {
                undeclared.Add(field);
            }
            else if (seen.Add(element))
            {
                Walk(element, many ? field + "[]" : field, record, fields, undeclared, seen);
                seen.Remove(element);
            }
        }
    }

    /// <summary>What Marten keeps with a document (its version, its partnership), not what the document says.</summary>
    private static bool IsStorageMetadata(Type type, PropertyInfo property) =>
        type.GetInterfaces().Any(i => i.Namespace?.Split('.')[0] is "Marten" or "JasperFx" && i.GetProperty(property.Name) is not null);

    /// <summary>Ids, numbers, flags, dates and the platform's own vocabularies: what a record is about, never who.</summary>
    private static bool IsPlainValue(Type type) =>
        type.IsEnum || type.IsPrimitive || type == typeof(Guid) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTimeOffset)
        || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(TimeOnly)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedKey<>));

    /// <summary>A list's or dictionary's values, a nullable's value, or the type itself.</summary>
    internal static Type ElementOf(Type type, out bool many)
    {
        many = false;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type;
        }

        many = true;
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var item = enumerable?.GetGenericArguments()[0] ?? typeof(object);
        // A dictionary's keys are names the code chose (route values, template keys); its values are what is kept.
        return item.IsGenericType && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? ElementOf(item.GetGenericArguments()[1], out _) : ElementOf(item, out _);
    }

    /// <summary>On the property, or on the positional record's parameter that made it.</summary>
    internal static T? Declared<T>(PropertyInfo property)
        where T : Attribute =>
        property.GetCustomAttribute<T>()
        ?? property.DeclaringType?.GetConstructors().SelectMany(c => c.GetParameters()).FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<T>();

    /// <summary>The record of processing at <paramref name="path"/>, for the partnership's staff who answer for it.</summary>
    public static IEndpointRouteBuilder MapRecordOfProcessing(this IEndpointRouteBuilder app, string path, Assembly service)
    {
        app.MapGet(path, Read).WithMetadata(new StoringService(service)).WithTags("Record of processing").RequireAuthorization(Policies.ReadAccessLog).Paged();
        return app;
    }

    /// <summary>Every personal field the service stores, by record and field: what it holds, why, and who reads it.</summary>
    public static Ok<IReadOnlyList<PersonalField>> Read(HttpContext context, IDocumentStore store) =>
        TypedResults.Ok(Of(StoredBy(context.GetEndpoint()!.Metadata.GetRequiredMetadata<StoringService>().Assembly, store)).Fields);

    /// <summary>The service whose stored types an endpoint's record of processing reads.</summary>
    private sealed record StoringService(Assembly Assembly);
}
