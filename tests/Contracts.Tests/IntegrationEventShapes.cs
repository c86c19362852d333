using System.Reflection;
using Safeguarding.Contracts;

namespace Safeguarding.Contracts.Tests;

/// <summary>Every integration event in Contracts, and every type reachable from one (records, lists, dictionaries).</summary>
public static class IntegrationEventShapes
{
    public static readonly IReadOnlyList<Type> Events =
    [
        .. typeof(IIntegrationEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t)),
    ];

    /// <summary>Each property of every event and of every type they carry, once, with the type that declares it.</summary>
    public static IEnumerable<(Type Owner, PropertyInfo Property)> Fields()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(Events);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                yield return (type, property);
                foreach (var carried in Carried(property.PropertyType).Where(IsContractRecord))
                {
                    pending.Enqueue(carried);
                }
            }
        }
    }

    /// <summary>The types a field's value holds: itself, a nullable's value, a collection's elements, a dictionary's keys and values.</summary>
    public static IEnumerable<Type> Carried(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? [underlying]
        : type.IsGenericType && type != typeof(string) ? type.GetGenericArguments().SelectMany(Carried)
        : type.IsArray ? Carried(type.GetElementType()!)
        : [type];

    private static bool IsContractRecord(Type type) => type.Assembly == typeof(IIntegrationEvent).Assembly && type is { IsClass: true };

    /// <summary>An attribute on the property, on the record's constructor parameter of that name, or on the interface that declares it.</summary>
    public static bool Has<TAttribute>(Type owner, PropertyInfo property)
        where TAttribute : Attribute =>
        property.IsDefined(typeof(TAttribute))
        || owner.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.Name == property.Name && p.IsDefined(typeof(TAttribute)))
        || owner.GetInterfaces().Select(i => i.GetProperty(property.Name)).Any(p => p?.IsDefined(typeof(TAttribute)) == true);
}
