using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// Identifiers kept out at the door (issue 22, item 5), through the gateway: every field the services' published
/// documents mark <c>x-case-text</c>, in every operation that takes it, refuses each kind of identifier with a 400 that
/// names the field and the kind found, never the value; the same request with ordinary prose, dated inside the
/// record's own period, is then accepted, so each refusal was the field's and not the record's state. The fields come
/// from the documents: one marked later is tried too, and an operation taking one with no record staged for it here
/// fails the test.
/// </summary>
[Collection(nameof(WholeSystemCollection))]
public class CaseTextEverywhereTests(WholeSystem system)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>What a practitioner may write: a full date inside every record's period (an audit's look-back, a review's window).</summary>
    private static readonly string Prose = $"Seen at school on {Today.AddDays(-3):d MMMM yyyy}; the plan was reviewed with the family.";

    private static readonly (string Kind, string Text, string Value)[] Identifiers =
    [
        ("a UK postcode", "The family moved to WA10 1HF in the spring.", "WA10 1HF"),
        ("the first line of an address", "Home visits at 12 Acacia Avenue were missed.", "12 Acacia Avenue"),
        ("an NHS number", "Health records under 943 476 5919 show no contact.", "943 476 5919"),
        ("a phone number", "Mother can be reached on 07700 900123.", "07700 900123"),
        ("an e-mail address", "Emails from mum.smith@example.com were not answered.", "mum.smith@example.com"),
    ];

    private sealed record Staged(HttpClient Caller, string Path, object Body);

    [Fact]
    public async Task Every_marked_field_refuses_each_identifier_by_name_and_takes_ordinary_prose()
    {
        var staged = await StageAsync();
        var operations = (await PublishedOperation.ReadAsync(system))
            .Select(o => (Operation: o, Fields: CaseTextFields(o, o.Body).ToList()))
            .Where(o => o.Fields.Count > 0)
            .ToList();
        var tried = 0;

        foreach (var (operation, fields) in operations)
        {
            var key = $"{operation.Method} {operation.Template}";
            Assert.True(staged.TryGetValue(key, out var record), $"{key} takes case text ({string.Join(", ", fields)}) but no record is staged for it here.");
            var clean = JsonSerializer.SerializeToNode(record.Body, Json.Options)!;
            foreach (var field in fields)
            {
                foreach (var (kind, text, value) in Identifiers)
                {
                    var (body, at) = Saying(clean, field, text);
                    using var refused = await SendAsync(record.Caller, operation.Method, record.Path, body);
                    var problem = await refused.ReadProblemAsync(400);
                    Assert.True(problem.Errors.TryGetValue(at, out var messages), $"{key}: {text} in {at} was not refused there: {string.Join("; ", problem.Errors.Keys)}");
                    Assert.StartsWith($"{at} looks like it holds {kind}.", Assert.Single(messages), StringComparison.Ordinal);
                    Assert.DoesNotContain(value, messages[0], StringComparison.Ordinal);
                    tried++;
                }
            }

            using var accepted = await SendAsync(record.Caller, operation.Method, record.Path, clean);
            Assert.True(accepted.IsSuccessStatusCode, $"{key} with ordinary prose: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(staged.Keys.Order(), operations.Select(o => $"{o.Operation.Method} {o.Operation.Template}").Order());
        Assert.Equal(operations.Sum(o => o.Fields.Count) * Identifiers.Length, tried);
    }

    /// <summary>
    /// The body's fields marked as case text, as paths: <c>summary</c>, <c>findings[].text</c>, or <c>recommendations[]</c>
    /// for a list of texts.
    /// </summary>
    private static IEnumerable<string> CaseTextFields(PublishedOperation operation, JsonElement? schema, string at = "")
    {
        if (schema is not { } body || !operation.Resolve(body).TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var field = operation.Resolve(property.Value);
            var list = field.TryGetProperty("items", out var items);
            if (field.TryGetProperty("x-case-text", out _))
            {
                yield return $"{at}{property.Name}{(list ? "[]" : "")}";
            }

            foreach (var inner in CaseTextFields(operation, list ? items : field.TryGetProperty("oneOf", out var choices) ? choices.EnumerateArray().Last() : field, $"{at}{property.Name}{(list ? "[]" : "")}."))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The clean body with one field saying <paramref name="text"/>, and the field's name as the API names it.</summary>
    private static (JsonNode Body, string At) Saying(JsonNode clean, string field, string text)
    {
        var body = clean.DeepClone();
        var (node, at) = (body.AsObject(), "");
        var path = field.Split('.');
        foreach (var step in path[..^1])
        {
            var entries = node[step[..^2]]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"The staged body has no {at}{step} to write in.");
            // The first entry holding prose there: a return's graded answers hold grades, not text.
            var i = entries.Select((e, n) => (e, n)).FirstOrDefault(e => e.e?[path[^1]]?.ToString() == Prose).n;
            (node, at) = (entries[i]!.AsObject(), $"{at}{step[..^2]}[{i}].");
        }

        var last = path[^1];
        if (last.EndsWith("[]", StringComparison.Ordinal))
        {
            node[last[..^2]] = new JsonArray(Prose, text);
            return (body, $"{at}{last[..^2]}[1]");
        }

        node[last] = text;
        return (body, at + last);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient caller, string method, string path, JsonNode body) =>
        method == "PUT" ? caller.PutJsonAsync(path, body) : caller.PostJsonAsync(path, body);

    /// <summary>A record in the state each operation acts on, in the demo partnership, with a body that says <see cref="Prose"/> wherever it can.</summary>
    private async Task<Dictionary<string, Staged>> StageAsync()
    {
        var partnership = DemoPartnershipAudits.Partnership;
        var coordinator = system.Gateway(partnership);
        var police = await DemoPartnershipAudits.OrganisationAsync(system, "Merseyside Police");
        var auditor = system.Gateway(partnership, Roles.AgencyAuditor, police);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (first, meeting, report) = ($"SH-2026-{Random.Shared.Next(100, 1000)}", $"SH-2025-{Random.Shared.Next(100, 1000)}", $"SH-2024-{Random.Shared.Next(100, 1000)}");
        var keys = DemoPartnershipAudits.CaseKeys(first);

        var open = $"/api/audits/{await DemoPartnershipAudits.WithReturnsOpenAsync(system, DemoPartnershipAudits.ThisYear, $"Case text {tag}", keys[0], police)}";
        var whole = (await WholeReturn.OfAsync(coordinator, open)).Body("good", Prose);
        var closed = $"/api/audits/{await DemoPartnershipAudits.WithReturnsClosedAsync(system, $"Case text meeting {tag}", meeting, police)}";
        var met = $"/api/audits/{await DemoPartnershipAudits.WithMeetingHeldAsync(system, $"Case text report {tag}", report, ["good", "good", "good", "good"], police)}";

        var notified = await NotifiedReviewAsync(coordinator);
        var decided = await NotifiedReviewAsync(coordinator);
        (await coordinator.PostJsonAsync($"{decided}/decision", new { decision = "LocalChildSafeguardingPracticeReview", rationale = "Learning for every agency.", decidedOn = Today })).EnsureSuccessStatusCode();

        return new()
        {
            ["PUT /api/audits/{id}/returns/{organisationId}/{caseKey}"] = new(auditor, $"{open}/returns/{police}/{keys[0]}", whole),
            ["PUT /api/audits/{id}/returns/{organisationId}/{caseKey}/draft"] = new(auditor, $"{open}/returns/{police}/{keys[1]}/draft", whole),
            ["POST /api/audits/{id}/concerns"] = new(coordinator, $"{open}/concerns", new { caseKey = keys[2], ownerOrganisationId = police, summary = Prose }),
            ["POST /api/audits/{id}/meeting"] = new(coordinator, $"{closed}/meeting", new
            {
                heldOn = Today,
                attendees = new[] { new { organisationId = police, role = "Safeguarding lead" } },
                caseGrades = DemoPartnershipAudits.CaseKeys(meeting).Select(caseKey => new { caseKey, grade = "good", rationale = Prose }),
                findings = new[] { new { kind = "GoodPractice", text = Prose, sectionKey = "planning" } },
            }),
            ["POST /api/audits/{id}/report"] = new(coordinator, $"{met}/report", new { summary = Prose, narrative = Prose, recommendations = new[] { Prose } }),
            ["POST /api/reviews/serious-incidents"] = new(coordinator, "/api/reviews/serious-incidents", SeriousIncident(Prose)),
            ["POST /api/reviews/practice-learning"] = new(coordinator, "/api/reviews/practice-learning", new { theme = Prose, referredBy = police, reason = Prose }),
            ["POST /api/reviews/{id}/decision"] = new(coordinator, $"{notified}/decision", new { decision = "PracticeLearningReview", rationale = Prose, decidedOn = Today }),
            ["POST /api/reviews/{id}/stages"] = new(coordinator, $"{decided}/stages", new { stage = "TermsOfReference", completedOn = Today, note = Prose }),
            ["POST /api/reviews/{id}/recommendations"] = new(coordinator, $"{decided}/recommendations", new { text = Prose, ownerOrganisationId = police, dueDate = Today.AddMonths(3) }),
        };
    }

    private static object SeriousIncident(string text) => new { caseReference = "SH-2026-090", theme = text, summary = text, awareOn = Today.AddDays(-2) };

    /// <summary>A serious incident notified to the national panel today, awaiting the Rapid Review's decision.</summary>
    private static async Task<string> NotifiedReviewAsync(HttpClient coordinator)
    {
        var review = $"/api/reviews/{(await (await coordinator.PostJsonAsync("/api/reviews/serious-incidents", SeriousIncident("A child known to early help was admitted to hospital."))).ReadAsync<IdDto>()).Id}";
        (await coordinator.PostJsonAsync($"{review}/panel-notification", new { notifiedOn = Today })).EnsureSuccessStatusCode();
        return review;
    }
}
