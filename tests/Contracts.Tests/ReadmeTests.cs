using System.Text.RegularExpressions;
using Safeguarding.Testing;

namespace Safeguarding.Contracts.Tests;

/// <summary>A clone is all a newcomer has: the README and the documents it links are inside it.</summary>
public partial class ReadmeTests
{
    private static readonly string[] Documents = ["README.md", "docs/domain.md", "docs/architecture.md", "deploy/README.md"];

    [Fact]
    public void Every_file_the_readme_and_its_documents_name_is_inside_the_repository()
    {
        var outside = new List<string>();
        foreach (var document in Documents.Where(d => File.Exists(Path.Combine(Repository.Root, d))))
        {
            var text = File.ReadAllText(Path.Combine(Repository.Root, document));
            var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, document))!;
            outside.AddRange(ParentPath().Matches(text).Select(m => $"{document}: {m.Value}"));
            outside.AddRange(LinkTarget().Matches(text)
                .Select(m => m.Groups[1].Value.Split('#')[0])
                .Where(target => target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
                .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
                .Select(target => $"{document}: ({target}) is not in the repository"));
        }

        Assert.Empty(outside);
    }

    [GeneratedRegex(@"(?<![.\w/])\.\./[\w./-]+")]
    private static partial Regex ParentPath();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();
}
