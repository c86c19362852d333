using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Components;

namespace Safeguarding.Web.Tests;

/// <summary>
/// Every page of the front end drawn from data it cannot have expected (issue 23: an organisation kind the directory
/// page did not know answered 500 for everyone in the partnership): a name from a newer version shown as it came,
/// lists full or empty, dates at either end of the calendar, never an error page.
/// </summary>
public sealed class PagesWithOddDataTests(PagesWithOddDataTests.Hosts hosts) : IClassFixture<PagesWithOddDataTests.Hosts>
{
    public static TheoryData<string, string> EveryPage()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes())
        {
            data.Add(route, OddData.Full.Name);
            data.Add(route, OddData.Empty.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task The_page_is_drawn_from_odd_data(string route, string variant)
    {
        var web = hosts.For(variant);

        using var response = await web.Browser().GetAsync(Address(route, OddData.Of(variant)));
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{route} with {variant} data answered {(int)response.StatusCode}: {Text(page)[..Math.Min(600, Text(page).Length)]}");
        Assert.DoesNotMatch(@"-21474\d{5}", page);
        Assert.Empty(web.Undocumented);
    }

    [Fact]
    public async Task The_directory_shows_an_organisation_kind_from_a_newer_version_as_it_came()
    {
        var page = await hosts.For(OddData.Full.Name).Browser().GetStringAsync("/directory");

        Assert.Contains(OddData.NewerName, page);
    }

    /// <summary>Every page the front end has, from its own route table, so a page added later is tested too.</summary>
    private static IEnumerable<string> Routes() =>
        typeof(App).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
            .Select(route => route.Template)
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>An address for the route: records by the identifier, key and number every answer uses.</summary>
    private static string Address(string route, OddData data) => Regex.Replace(route, @"\{(\w+)(?::(\w+))?\}", match => (match.Groups[1].Value, match.Groups[2].Value) switch
    {
        (_, "guid") => OddData.Id.ToString(),
        (_, "int") => data.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ("Kind", _) when route.StartsWith("/notifications", StringComparison.Ordinal) => "ImmediateConcern",
        ("Kind", _) => "section11",
        _ => OddData.Text,
    });

    private static string Text(string page) => Regex.Replace(page, "<[^>]+>|\\s+", " ");

    /// <summary>One front end per kind of odd data, shared by every page's test.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        private readonly Dictionary<string, WebWithNewerApi> _hosts = new()
        {
            [OddData.Full.Name] = new(OddData.Full),
            [OddData.Empty.Name] = new(OddData.Empty),
        };


        public WebWithNewerApi For(string variant) => _hosts[variant];

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            foreach (var host in _hosts.Values)
            {
                await host.DisposeAsync();
            }
        }
    }
}
