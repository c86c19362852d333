using System.Text.Json;
using Safeguarding.Contracts;
using Safeguarding.Web.Api;

namespace Safeguarding.Web.Tests;

public sealed class NewerNamesTests
{
    private sealed record Organisation(string Name, OrganisationKind Kind, SchoolPhase? Phase);

    [Fact]
    public void A_name_from_a_newer_version_is_read_shown_and_sent_back_as_it_came()
    {
        var read = JsonSerializer.Deserialize<Organisation>("""{"name":"Youth Trust","kind":"Charity","phase":"Reception"}""", GatewayApi.Json)!;

        Assert.False(Enum.IsDefined(read.Kind));
        Assert.Equal("Charity", NewerNames.NameOf(read.Kind));
        Assert.Equal("Reception", NewerNames.NameOf(read.Phase!.Value));
        Assert.Equal("""{"name":"Youth Trust","kind":"Charity","phase":"Reception"}""", JsonSerializer.Serialize(read, GatewayApi.Json));
    }

    [Fact]
    public void The_same_name_reads_as_the_same_value_and_a_known_name_as_its_own()
    {
        var first = JsonSerializer.Deserialize<OrganisationKind>("\"Charity\"", GatewayApi.Json);
        var again = JsonSerializer.Deserialize<OrganisationKind>("\"Charity\"", GatewayApi.Json);
        var known = JsonSerializer.Deserialize<OrganisationKind>("\"school\"", GatewayApi.Json);

        Assert.Equal(first, again);
        Assert.Equal(OrganisationKind.School, known);
        Assert.Equal("School", NewerNames.NameOf(known));
    }

    [Fact]
    public void A_number_is_still_refused_since_no_api_sends_one() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrganisationKind>("7", GatewayApi.Json));
}
