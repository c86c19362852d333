using System.Text.RegularExpressions;
using Safeguarding.Testing;

namespace Safeguarding.Contracts.Tests;

/// <summary>
/// Inside a service, slices depend one way: if Messaging uses Audits, Audits does not use Messaging. Read from the source
/// (each file's namespace, its usings and the sibling namespaces it names), so a cycle fails the build the day it appears.
/// </summary>
public partial class NamespaceCycleTests
{
    public static TheoryData<string> Services() =>
        ["services/Audit", "services/Learning", "services/Programme", "services/Section11", "services/Reporting", "services/Identity", "services/Web",
            "services/EventSourcing", "ServiceDefaults", "gateway"];

    [Theory]
    [MemberData(nameof(Services))]
    public void No_two_namespaces_of_a_service_depend_on_each_other(string service)
    {
        var dependencies = Dependencies(Path.Combine(Repository.Root, service));

        var cycles = dependencies.SelectMany(from => from.Value.Select(to => (from.Key, to)))
            .Where(edge => Reaches(dependencies, edge.to, edge.Key))
            .Select(edge => $"{edge.Key} -> {edge.to}")
            .ToList();

        Assert.True(dependencies.Count > 1, $"{service} has its code in namespaces.");
        Assert.True(cycles.Count == 0, $"Namespaces that depend on each other: {string.Join("; ", cycles)}");
    }

    /// <summary>Each namespace of the service and the service's own namespaces it uses.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Text: File.ReadAllText(f), Namespace: FileNamespace().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Namespace.Length > 0)
            .ToList();
        var root = files.Select(f => string.Join('.', f.Namespace.Split('.').Take(2))).GroupBy(n => n).MaxBy(g => g.Count())!.Key;
        var own = files.Select(f => f.Namespace).Where(n => n.StartsWith(root, StringComparison.Ordinal)).ToHashSet();
        var graph = own.ToDictionary(n => n, _ => new HashSet<string>());
        foreach (var (text, ns) in files.Where(f => own.Contains(f.Namespace)))
        {
            var used = UsingDirective().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(own.Where(other => other != ns && other.Length > root.Length && other.Count(c => c == '.') == ns.Count(c => c == '.')
                    && SiblingReference(text, other[(root.Length + 1)..])));
            graph[ns].UnionWith(used.Where(u => own.Contains(u) && u != ns && !ns.StartsWith(u + ".", StringComparison.Ordinal)));
        }

        return graph;
    }

    /// <summary>A sibling named by its short name ("Audits.CasesSelected") outside the usings.</summary>
    private static bool SiblingReference(string text, string shortName) =>
        !shortName.Contains('.', StringComparison.Ordinal)
        && Regex.IsMatch(UsingDirective().Replace(text, ""), $@"(?<![\w.]){Regex.Escape(shortName)}\.[A-Z]");

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var current))
        {
            if (current == to)
            {
                return true;
            }

            foreach (var next in graph.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (?:static )?([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
