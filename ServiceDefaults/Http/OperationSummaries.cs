using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// Each operation's summary is its handler's XML summary, read from the service's documentation file: the words a
/// partner's developer reads in the document are the ones a maintainer reads beside the code, so they change together.
/// </summary>
internal static class OperationSummaries
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Documentation = new();

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Summary is null
            && context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is { DeclaringType: { } type } handler)
        {
            var member = $"M:{type.FullName!.Replace('+', '.')}.{handler.Name}";
            operation.Summary = Documentation.GetOrAdd(type.Assembly, Read)
                .FirstOrDefault(m => m.Key == member || m.Key.StartsWith(member + "(", StringComparison.Ordinal)).Value;
        }

        return Task.CompletedTask;
    }

    private static IReadOnlyDictionary<string, string> Read(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        return File.Exists(file)
            ? XDocument.Load(file).Descendants("member")
                .Where(m => m.Element("summary") is not null)
                .ToDictionary(m => (string)m.Attribute("name")!, m => Words(m.Element("summary")!))
            : new Dictionary<string, string>();
    }

    // <see cref="T:Ns.Type"/> reads as "Type", <paramref name="id"/> as "id", <c>x</c> as "x"; white space as one space.
    private static string Words(XElement summary) =>
        string.Join(' ', string.Concat(summary.Nodes().Select(node => node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value,
                XElement { Name.LocalName: "paramref" or "typeparamref" } name => (string?)name.Attribute("name") ?? "",
                XElement element => element.Value,
                _ => "",
            }))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
