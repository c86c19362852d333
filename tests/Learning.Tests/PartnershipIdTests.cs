using System.Net;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

/// <summary>
/// A partnership's id names its data in the event store: a token that names the store's default tenant, or any id
/// not shaped like a partnership's, reaches nothing, however valid its signature.
/// </summary>
[Collection(nameof(LearningServiceCollection))]
public class PartnershipIdTests(LearningService service)
{
    [Theory]
    [InlineData("*DEFAULT*")]
    [InlineData("default")]
    [InlineData("operator")]
    [InlineData("St-Helens")]
    [InlineData("st helens")]
    [InlineData("-st-helens")]
    public async Task A_token_for_a_reserved_or_malformed_partnership_is_refused(string partnership)
    {
        var response = await service.Host.ClientFor(partnership, Roles.Coordinator).GetAsync("/api/actions");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_a_well_formed_partnership_is_served()
    {
        var response = await service.Host.ClientFor(TestTokens.NewPartnership(), Roles.Coordinator).GetAsync("/api/actions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
