using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Safeguarding.Testing;

namespace Safeguarding.Web.Tests;

/// <summary>
/// The gateway as a newer version of the services would answer the front end: every read the services' API documents
/// (the ones the web's types are generated from) describe is answered with <see cref="OddData"/> in that read's own
/// shape. The real services refuse such data today, so only this can send it; what the test proves is the pages'
/// tolerance, not the services'.
/// </summary>
public sealed class NewerApi(OddData data, ConcurrentBag<string> undocumented) : HttpMessageHandler
{
    private static readonly IReadOnlyList<Read> Reads = [.. Directory
        .GetFiles(Path.Combine(Repository.Root, "services", "Web", "ApiDocuments"), "*.json")
        .Select(file => JsonNode.Parse(File.ReadAllText(file))!.AsObject())
        .SelectMany(document => document["paths"]!.AsObject()
            .Where(path => path.Value!["get"] is not null)
            .Select(path => new Read(document, path.Key.Split('/', StringSplitOptions.RemoveEmptyEntries), path.Value!["get"]!)))];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.MethodNotAllowed));
        }

        var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var read = Reads.Where(r => r.Matches(segments)).MaxBy(r => r.Literals);
        if (read is null)
        {
            undocumented.Add(request.RequestUri.AbsolutePath);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        var schema = read.Operation["responses"]?["200"]?["content"]?["application/json"]?["schema"];
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = schema is null
                ? new ByteArrayContent([])
                : new StringContent(data.For(schema, read.Document)?.ToJsonString() ?? "null", System.Text.Encoding.UTF8, "application/json"),
        });
    }

    private sealed record Read(JsonObject Document, string[] Template, JsonNode Operation)
    {
        public int Literals => Template.Count(s => !s.StartsWith('{'));

        public bool Matches(string[] segments) =>
            segments.Length == Template.Length
            && Template.Zip(segments).All(p => p.First.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }
}
