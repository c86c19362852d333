using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Safeguarding.EventSourcing.Access;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>Everything a service holds about one case, by its key.</summary>
public sealed record SubjectAccessRequest([Required, PseudonymousKey] string? CaseKey);

/// <summary>One stored event that holds something of the case: its stream, its place there, its type, when, and what it says.</summary>
public sealed record HeldEvent(string Stream, long Version, string Type, DateTimeOffset? At, JsonObject Data);

/// <summary>One stored record (a read model, a copy) that holds something of the case.</summary>
public sealed record HeldDocument(string Type, string Id, DateTimeOffset? LastChanged, JsonObject Data);

/// <summary>What one service holds about a case: every event and record that holds its key or its words, other cases taken out.</summary>
public sealed record HeldAboutCase(string CaseKey, IReadOnlyList<HeldEvent> Events, IReadOnlyList<HeldDocument> Documents);

/// <summary>
/// A subject access request for a case, answered from what the service really stores: the events and documents that
/// mention the case's key, as stored, except that any other case they hold is masked out as erasure would mask it (an
/// audit's events hold several children's cases, and only this one's may be disclosed).
/// </summary>
public static class SubjectAccess
{
    public const string AnotherCase = "[another case]";

    public static IEndpointRouteBuilder MapSubjectAccess(this IEndpointRouteBuilder app, string path)
    {
        // A POST so the key travels in the body, never in an address that proxies and logs keep.
        app.MapPost(path, Read).WithTags("Subject access").RequireAuthorization(Policies.AnswerSubjectAccess).RecordsAccess("subject-access");
        return app;
    }

    /// <summary>Everything this service holds about one case, by its key, with any other case taken out: for a subject access request.</summary>
    public static async Task<Results<Ok<HeldAboutCase>, ValidationProblem>> Read(
        SubjectAccessRequest request, IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(request);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var caseKey = request.CaseKey!;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var records = new CaseRecords(connection, store, user.PartnershipId(), caseKey);
        var events = (await records.StreamsAsync(cancellationToken))
            .SelectMany(stream => records.OnlyThisCase(stream) ? stream : stream.Where(e => Mentions(e, caseKey)))
            .Select(e => new HeldEvent(e.Stream, e.Version, e.Type.Name, e.At, OtherCasesOut(e, caseKey)));
        var documents = (await records.DocumentsAsync(cancellationToken))
            .SelectMany(table => table.Documents)
            .Select(d => new HeldDocument(d.Type.Name, d.Id, d.At, OtherCasesOut(d, caseKey)));
        return TypedResults.Ok(new HeldAboutCase(caseKey, [.. events], [.. documents]));
    }

    private static bool Mentions(StoredRecord record, string caseKey) => record.Data?.ToJsonString().Contains(caseKey, StringComparison.Ordinal) == true;

    private static JsonObject OtherCasesOut(StoredRecord record, string caseKey)
    {
        foreach (var other in CaseMasking.CaseKeysIn(record.Data, record.Type).Where(key => key != caseKey).Distinct().ToList())
        {
            CaseMasking.Mask(record.Data, record.Type, other, AnotherCase, wholeRecord: false);
        }

        return record.Data as JsonObject ?? [];
    }
}
