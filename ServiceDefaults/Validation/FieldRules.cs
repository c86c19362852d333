using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguarding.ServiceDefaults.Validation;

/// <summary>
/// The rules a request's fields must keep (required, lengths, patterns, ranges, counts), declared once as data
/// annotations on the request record. Decisions check them here, and the OpenAPI documents state the same
/// attributes (see FieldRuleSchemas), so a partner reads in the document exactly what a 400 would tell them.
/// Rules that compare fields or need state stay in the decision.
/// </summary>
public static class FieldRules
{
    private static readonly ConcurrentDictionary<Type, DeclaredField[]> Declared = new();

    /// <summary>
    /// Checks every declared rule of the request, and of the records inside it, naming each field as sent. A request
    /// with a date whose window counts from today is checked with <paramref name="today"/>.
    /// </summary>
    public static ValidationErrors Check(this ValidationErrors errors, object? request, DateOnly? today = null) => errors.Check(request, today, "");

    private static ValidationErrors Check(this ValidationErrors errors, object? request, DateOnly? today, string at)
    {
        if (request is null)
        {
            return errors;
        }

        foreach (var field in FieldsOf(request.GetType()))
        {
            var name = at + field.Name;
            var value = field.Property.GetValue(request);
            if (field.Rules.FirstOrDefault(rule => !Holds(rule, value, today)) is { } broken)
            {
                errors.Add(name, broken is CaseTextAttribute ? CaseTextAttribute.Message(name, value) : Message(broken, name, field.Property.PropertyType));
            }
            else if (field.Rules.OfType<DateWindowAttribute>().FirstOrDefault(w => w.NotBefore is not null) is { } order
                && DateWindowAttribute.DayOf(value) < DateWindowAttribute.DayOf(request.GetType().GetProperty(order.NotBefore!)?.GetValue(request)))
            {
                errors.Add(name, order.OrderMessage(name));
            }
            else if (value is IEnumerable items and not string)
            {
                CheckItems(errors, field, items, name, today);
            }
            else if (field.Nested && value is not null)
            {
                errors.Check(value, today, name + ".");
            }
        }

        return errors;
    }

    /// <summary>The rules declared on a property, or on the record parameter it comes from; a date's window besides.</summary>
    public static ValidationAttribute[] RulesOf(PropertyInfo property)
    {
        ValidationAttribute[] declared = [.. property.GetCustomAttributes<ValidationAttribute>()
            .Concat(ParameterOf(property)?.GetCustomAttributes<ValidationAttribute>() ?? [])];
        return DateWindowAttribute.IsDate(property.PropertyType) && !declared.OfType<DateWindowAttribute>().Any() ? [.. declared, DateWindowAttribute.Platform] : declared;
    }

    private static void CheckItems(ValidationErrors errors, DeclaredField field, IEnumerable items, string name, DateOnly? today)
    {
        var index = 0;
        foreach (var item in items)
        {
            var at = $"{name}[{index++}]";
            if (field.Rules.OfType<ItemLengthAttribute>().FirstOrDefault() is { } each && !each.Holds(item as string))
            {
                errors.Add(at, each.Message(at));
            }
            else if (field.Rules.OfType<CaseTextAttribute>().Any() && item is string text && CaseTextAttribute.Found(text).Count > 0)
            {
                errors.Add(at, CaseTextAttribute.Message(at, text));
            }
            else if (field.Nested && item is null)
            {
                errors.Add(at, $"{at} is required.");
            }
            else if (field.Nested)
            {
                errors.Check(item, today, at + ".");
            }
        }
    }

    private static bool Holds(ValidationAttribute rule, object? value, DateOnly? today) => (rule, value) switch
    {
        (ItemLengthAttribute, _) or (CaseTextAttribute, IEnumerable and not string) => true,
        (DateWindowAttribute window, _) => window.Holds(value, today),
        (StringLengthAttribute, string text) => rule.IsValid(text.Trim()),
        _ => rule.IsValid(value),
    };

    private static string Message(ValidationAttribute rule, string name, Type type)
    {
        if (rule.ErrorMessage is { } message)
        {
            return string.Format(CultureInfo.InvariantCulture, message, name);
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return rule switch
        {
            RequiredAttribute when underlying.IsEnum => $"{name} is required: one of {string.Join(", ", Enum.GetNames(underlying))}.",
            RequiredAttribute => $"{name} is required.",
            OneOfAttribute oneOf => oneOf.Message(name),
            DateWindowAttribute window => window.Message(name),
            StringLengthAttribute { MinimumLength: > 0 } s => $"{name}, when given, is {s.MinimumLength} to {s.MaximumLength} characters.",
            StringLengthAttribute s => $"{name} must be at most {s.MaximumLength} characters.",
            RangeAttribute r => $"{name} must be between {r.Minimum} and {r.Maximum}.",
            LengthAttribute l => $"{name} has {l.MinimumLength} to {l.MaximumLength} entries.",
            MaxLengthAttribute m => $"{name} has at most {m.Length} entries.",
            MinLengthAttribute m => $"{name} needs at least {m.Length} {(m.Length == 1 ? "entry" : "entries")}.",
            _ => $"{name} is not valid.",
        };
    }

    private static DeclaredField[] FieldsOf(Type type) => Declared.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new DeclaredField(JsonName(p), p, RulesOf(p), HoldsRules(p.PropertyType)))
            .Where(f => f.Rules.Length > 0 || f.Nested)]);

    /// <summary>A record inside a request, alone or in a list, whose own fields declare rules.</summary>
    private static bool HoldsRules(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        var inner = type == typeof(string) ? null : element ?? type;
        return inner?.Assembly.GetName().Name?.StartsWith("Safeguarding.", StringComparison.Ordinal) == true
            && inner is { IsClass: true } && FieldsOf(inner).Length > 0;
    }

    private static ParameterInfo? ParameterOf(PropertyInfo property) =>
        property.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name && p.ParameterType == property.PropertyType);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private sealed record DeclaredField(string Name, PropertyInfo Property, ValidationAttribute[] Rules, bool Nested);
}
