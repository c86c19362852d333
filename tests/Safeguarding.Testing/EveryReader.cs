using System.Net;
using Safeguarding.ServiceDefaults.Security;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>
/// Every way one record can be read (its view, a past version, its history) must answer every reader alike: a reader
/// the view refuses is refused by each of the others too, so no read path shows what the view hides.
/// </summary>
public static class EveryReader
{
    /// <summary>One reader: a role, in an organisation or none.</summary>
    public sealed record Reader(string Role, Guid? Organisation)
    {
        public override string ToString() => Organisation is { } organisation ? $"{Role} of {organisation}" : Role;
    }

    /// <summary>Every role of the partnership, in each of the organisations given and in none.</summary>
    public static IEnumerable<Reader> Of(params Guid[] organisations) =>
        Roles.All.SelectMany(role => organisations.Select(o => new Reader(role, o)).Prepend(new Reader(role, null)));

    /// <summary>Asks each path as each reader; fails naming every reader the paths answer differently. Answers each reader's view status.</summary>
    public static async Task<IReadOnlyDictionary<Reader, HttpStatusCode>> AssertAnswerAlikeAsync<TProgram>(
        ServiceHost<TProgram> host, string partnership, IEnumerable<Reader> readers, params string[] paths)
        where TProgram : class
    {
        var differences = new List<string>();
        var views = new Dictionary<Reader, HttpStatusCode>();
        foreach (var reader in readers)
        {
            var client = host.ClientFor(partnership, reader.Role, reader.Organisation?.ToString());
            var statuses = new List<HttpStatusCode>();
            foreach (var path in paths)
            {
                statuses.Add((await client.GetAsync(path)).StatusCode);
            }

            views[reader] = statuses[0];
            if (statuses.Distinct().Count() > 1)
            {
                differences.Add($"{reader}: {string.Join(", ", paths.Zip(statuses, (path, status) => $"{path} {(int)status}"))}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        return views;
    }
}
