using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CsCheck;
using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.Validation;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>
/// Property tests (CsCheck) of the rules each request declares on its own fields (required, lengths, ranges, counts, the
/// window every date has), starting from the worked example its API document shows: values generated inside a field's
/// rules are accepted, and each value generated outside one rule is refused naming that field. Rules a decision checks
/// across fields or against state are its own tests' work.
/// </summary>
public static class RequestRuleProperties
{
    /// <summary>Cases generated per property.</summary>
    public const int Iterations = 40;

    /// <summary>Where each service's run writes what it tried, for the test command to print.</summary>
    public const string ReportFile = "request-rule-properties.txt";

    /// <summary>Read as the services read a body (ServiceDefaults' problem responses): enums by name only, numbers as numbers.</summary>
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web) { Converters = { new WireEnums() }, NumberHandling = JsonNumberHandling.Strict };

    private static readonly Gen<char> Letters = Gen.Char["abcdefghijklmnopqrstuvwxyz"];

    /// <summary>Checks every declared rule of every example's fields and reports how many requests and cases it tried.</summary>
    public static void CheckEvery(string service, IEnumerable<object> examples)
    {
        var (requests, cases) = (0, 0);
        foreach (var example in examples)
        {
            requests++;
            var today = TodayFor(example);
            Assert.True(Errors(example, today).Count == 0, $"{example.GetType().Name}'s own example breaks its rules on {today}.");
            var json = JsonSerializer.SerializeToNode(example, example.GetType(), Wire)!.AsObject();
            foreach (var property in example.GetType().GetProperties())
            {
                var rules = FieldRules.RulesOf(property);
                var name = json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                if (rules.Length == 0 || name is null)
                {
                    continue;
                }

                var window = Window(example, rules, today);
                if (Inside(property, rules, window) is { } inside)
                {
                    Sample($"{example.GetType().Name}.{name}, inside its rules", inside, value => Read(example, json, name, value) is { } request && !Errors(request, today).ContainsKey(name));
                    cases += Iterations;
                }

                foreach (var outside in Outside(property, rules, json[name], window).Concat(NotAName(property)))
                {
                    Sample($"{example.GetType().Name}.{name}, outside its rules", outside, value => Read(example, json, name, value) is not { } request || Errors(request, today).Keys.Any(key => Names(key, name)));
                    cases += Iterations;
                }
            }
        }

        var report = $"Request rule properties ({service}): {cases} generated cases over {requests} requests";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, ReportFile), report + Environment.NewLine);
    }

    private static void Sample(string what, Gen<JsonNode?> values, Func<JsonNode?, bool> holds)
    {
        try
        {
            values.Sample(holds, iter: Iterations, threads: 1);
        }
        catch (CsCheckException failed)
        {
            throw new Xunit.Sdk.XunitException($"{what}: {failed.Message}");
        }
    }

    /// <summary>A refusal of the field, or of one of its entries (named by its index).</summary>
    private static bool Names(string key, string field) => key == field || key.StartsWith(field + "[", StringComparison.Ordinal);

    private static IDictionary<string, string[]> Errors(object request, DateOnly today) => new ValidationErrors().Check(request, today).ToDictionary();

    /// <summary>
    /// The day the example is written for: a window that counts from today is checked on the day its example's date
    /// names (which every such window holds), so examples stay fixed while the days pass.
    /// </summary>
    private static DateOnly TodayFor(object example) =>
        DatedFromToday(example).FirstOrDefault() is { } day ? day : DateOnly.FromDateTime(DateTime.UtcNow);

    private static IEnumerable<DateOnly> DatedFromToday(object? value)
    {
        foreach (var property in value?.GetType().GetProperties() ?? [])
        {
            var field = property.GetValue(value);
            if (FieldRules.RulesOf(property).OfType<DateWindowAttribute>().Any(w => w.CountsFromToday) && DateWindowAttribute.DayOf(field) is { } day)
            {
                yield return day;
            }

            foreach (var inner in field is System.Collections.IEnumerable items and not string ? items.Cast<object?>() : [field])
            {
                if (inner?.GetType().Namespace?.StartsWith("Safeguarding.", StringComparison.Ordinal) == true && !inner.GetType().IsEnum)
                {
                    foreach (var nested in DatedFromToday(inner))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    /// <summary>The days a date field takes on <paramref name="today"/>: its window, from the date it may not come before.</summary>
    private static (int First, int Last)? Window(object example, ValidationAttribute[] rules, DateOnly today)
    {
        if (rules.OfType<DateWindowAttribute>().FirstOrDefault() is not { } window)
        {
            return null;
        }

        var (earliest, latest) = window.On(today);
        var after = window.NotBefore is { } other ? DateWindowAttribute.DayOf(example.GetType().GetProperty(other)?.GetValue(example)) : null;
        return (Math.Max(earliest.DayNumber, after?.DayNumber ?? 0), latest.DayNumber);
    }

    /// <summary>The example with one field replaced, as the API would read it; none when the API could not read it at all.</summary>
    private static object? Read(object example, JsonObject json, string name, JsonNode? value)
    {
        var changed = json.DeepClone().AsObject();
        changed[name] = value?.DeepClone();
        try
        {
            return changed.Deserialize(example.GetType(), Wire);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Values every rule of the field allows; none for a field whose rules say more than length and range.</summary>
    private static Gen<JsonNode?>? Inside(PropertyInfo property, ValidationAttribute[] rules, (int First, int Last)? days)
    {
        if (rules.Any(r => r is not (RequiredAttribute or StringLengthAttribute or RangeAttribute or DateWindowAttribute or CaseTextAttribute)))
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (days is var (first, last))
        {
            return Days(type, first, last);
        }

        if (type == typeof(string) && rules.OfType<StringLengthAttribute>().FirstOrDefault() is { } length)
        {
            return Text(Math.Max(1, length.MinimumLength), length.MaximumLength);
        }

        return type == typeof(int) && rules.OfType<RangeAttribute>().FirstOrDefault() is { Minimum: int min, Maximum: int max }
            ? Gen.Int[min, max].Select(i => (JsonNode?)JsonValue.Create(i))
            : null;
    }

    /// <summary>For each rule of the field, values just past it (and well past it).</summary>
    private static IEnumerable<Gen<JsonNode?>> Outside(PropertyInfo property, ValidationAttribute[] rules, JsonNode? example, (int First, int Last)? days)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case RequiredAttribute:
                    yield return Gen.Const((JsonNode?)null);
                    if (property.PropertyType == typeof(string))
                    {
                        yield return Gen.Char[" \t"].Array[1, 5].Select(blank => (JsonNode?)JsonValue.Create(new string(blank)));
                    }

                    break;
                case StringLengthAttribute length:
                    yield return Text(length.MaximumLength + 1, length.MaximumLength + 100);
                    if (length.MinimumLength > 1)
                    {
                        yield return Text(1, length.MinimumLength - 1);
                    }

                    break;
                case DateWindowAttribute when days is var (first, last):
                    var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    yield return Days(type, DateOnly.MinValue.DayNumber, first - 1);
                    yield return Days(type, last + 1, DateOnly.MaxValue.DayNumber - 1);
                    break;
                case CaseTextAttribute:
                    var prose = Gen.Select(Text(1, 20), Identifier, Text(1, 20), (before, found, after) => (JsonNode?)JsonValue.Create($"{before} {found} {after}"));
                    yield return example is JsonArray ? prose.Select(entry => (JsonNode?)new JsonArray(JsonValue.Create("An ordinary entry"), entry)) : prose;
                    break;
                case RangeAttribute { Minimum: int min, Maximum: int max }:
                    yield return Gen.OneOf(Gen.Int[min - 1000, min - 1], Gen.Int[max + 1, max + 1000]).Select(i => (JsonNode?)JsonValue.Create(i));
                    break;
            }

            if (example is JsonArray items)
            {
                foreach (var list in Counts(rule, items))
                {
                    yield return list;
                }
            }
        }
    }

    /// <summary>A list with fewer entries than its rule's least (none) or more than its most (copies of the example's first).</summary>
    private static IEnumerable<Gen<JsonNode?>> Counts(ValidationAttribute rule, JsonArray items)
    {
        var (least, most) = rule switch
        {
            LengthAttribute l => (l.MinimumLength, l.MaximumLength),
            MinLengthAttribute m => (m.Length, int.MaxValue),
            MaxLengthAttribute m => (0, m.Length),
            _ => (0, int.MaxValue),
        };
        if (least > 0)
        {
            yield return Gen.Const((JsonNode?)new JsonArray());
        }

        if (most < int.MaxValue && items.Count > 0)
        {
            yield return Gen.Int[most + 1, most + 5].Select(count => (JsonNode?)new JsonArray([.. Enumerable.Range(0, count).Select(_ => items[0]!.DeepClone())]));
        }
    }

    /// <summary>What an enum field must never take: a number, or a name it does not have. The API cannot read either.</summary>
    private static IEnumerable<Gen<JsonNode?>> NotAName(PropertyInfo property) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum
            ? [Gen.Int[-1, 1000].Select(n => (JsonNode?)JsonValue.Create(n)), Text(3, 20).Select(name => (JsonNode?)JsonValue.Create("Not" + name!.GetValue<string>()))]
            : [];

    /// <summary>Days between two day numbers, written as the field's type is (a date, or noon UTC on it).</summary>
    private static Gen<JsonNode?> Days(Type type, int first, int last) =>
        Gen.Int[first, last].Select(n => DateOnly.FromDayNumber(n) is var day && type == typeof(DateOnly)
            ? (JsonNode?)JsonValue.Create(day)
            : JsonValue.Create(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));

    /// <summary>What could identify a child or family, as people write it: postcodes, addresses, NHS, phone numbers, e-mail.</summary>
    private static readonly Gen<string> Identifier = Gen.OneOf(
        Pick("WA10 1HF", "L1 8JQ", "M60 2LA", "CH41 5LH", "WN4 9TG", "PR8 1DA"),
        Gen.Select(Gen.Int[1, 999], Pick("Acacia", "Church", "Station", "Mill"), Pick("Road", "Street", "Avenue", "Lane", "Close"), (n, name, kind) => $"{n} {name} {kind}"),
        Gen.Int[0, 9].Array[9].Select(NhsNumber).Where(n => n is not null).Select(n => n!),
        Gen.Select(Pick("07", "0151 ", "01744 ", "+44 7"), Gen.Int[0, 9].Array[9], (start, digits) => start + string.Concat(digits)[..(start.StartsWith('+') ? 9 : 11 - start.Count(char.IsAsciiDigit))]),
        Gen.Select(Text(1, 12), Text(1, 12), (who, where) => $"{who!.GetValue<string>()}@{where!.GetValue<string>()}.org.uk"));

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>Nine digits and the check digit that makes them an NHS number, spaced as written; none when it would be 10.</summary>
    private static string? NhsNumber(int[] nine)
    {
        var check = 11 - (nine.Select((d, i) => d * (10 - i)).Sum() % 11);
        var all = string.Concat(nine) + (check == 11 ? 0 : check);
        return check == 10 ? null : $"{all[..3]} {all[3..6]} {all[6..]}";
    }

    private static Gen<JsonNode?> Text(int shortest, int longest) =>
        Letters.Array[shortest, longest].Select(letters => (JsonNode?)JsonValue.Create(new string(letters)));
}
