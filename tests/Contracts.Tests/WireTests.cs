using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit.Serialization;
using Safeguarding.Contracts.Audit;

namespace Safeguarding.Contracts.Tests;

/// <summary>On the wire as MassTransit writes it: vocabularies are readable strings, and a value nobody knows is refused.</summary>
public class WireTests
{
    private static readonly JsonSerializerOptions Wire = SystemTextJsonMessageSerializer.Options;

    private static readonly FindingRecorded Finding = new(
        Guid.NewGuid(), "st-helens", DateTimeOffset.UtcNow, Actor.System, Guid.NewGuid(), Theme.From("Child  exploitation "), 2027, Guid.NewGuid(),
        FindingKind.GoodPractice, "Strategy meetings were timely.", SectionKey.From("strategy-meeting"));

    private static JsonObject OnTheWire(object message) => JsonSerializer.SerializeToNode(message, message.GetType(), Wire)!.AsObject();

    private static FindingRecorded Read(JsonObject wire) => wire.Deserialize<FindingRecorded>(Wire)!;

    [Fact]
    public void Vocabularies_and_keys_travel_as_plain_strings_and_come_back_the_same()
    {
        var wire = OnTheWire(Finding);

        Assert.Equal(("GoodPractice", "Child exploitation", "strategy-meeting"), ((string?)wire["kind"], (string?)wire["theme"], (string?)wire["sectionKey"]));
        Assert.Equal(Finding, Read(wire));
    }

    [Theory]
    [InlineData("Strength")]
    [InlineData("1")]
    [InlineData("GoodPractice, AreaForDevelopment")]
    [InlineData("")]
    public void A_kind_the_vocabulary_does_not_have_is_refused_not_read_as_a_default(string kind)
    {
        var wire = OnTheWire(Finding);
        wire["kind"] = kind;

        Assert.Throws<JsonException>(() => Read(wire));
    }

    [Fact]
    public void A_number_for_a_kind_is_refused()
    {
        var wire = OnTheWire(Finding);
        wire["kind"] = 0;

        Assert.Throws<JsonException>(() => Read(wire));
    }

    [Theory]
    [InlineData("theme")]
    [InlineData("sectionKey")]
    public void A_blank_or_missing_key_is_refused(string field)
    {
        var blank = OnTheWire(Finding);
        blank[field] = "  ";
        var number = OnTheWire(Finding);
        number[field] = 7;

        Assert.Throws<JsonException>(() => Read(blank));
        Assert.Throws<JsonException>(() => Read(number));
    }

    [Fact]
    public void Case_categories_keyed_in_a_dictionary_travel_by_name()
    {
        var selected = new CasesSelected(
            Guid.NewGuid(), "st-helens", DateTimeOffset.UtcNow, Actor.System, Guid.NewGuid(), Theme.From("Neglect"), 2027,
            new Dictionary<CaseCategory, int> { [CaseCategory.ChildProtection] = 4 });

        var wire = OnTheWire(selected);

        Assert.Equal(4, (int?)wire["casesByCategory"]!["ChildProtection"]);
        Assert.Equal(4, wire.Deserialize<CasesSelected>(Wire)!.CasesByCategory[CaseCategory.ChildProtection]);
    }

    [Fact]
    public void A_theme_is_the_same_theme_however_it_is_capitalised_or_spaced()
    {
        Assert.Equal(Theme.From("child exploitation"), Theme.From(" Child   Exploitation"));
        Assert.Equal("Child exploitation", Theme.From(" Child \t exploitation ").Value);
        Assert.NotEqual(Theme.From("Neglect"), Theme.From("Child exploitation"));
    }
}
