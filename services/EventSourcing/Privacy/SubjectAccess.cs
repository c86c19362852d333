using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>Everything a service holds about one case, by its key.</summary>
public sealed record SubjectAccessRequest([Required, PseudonymousKey] string? CaseKey);

/// <summary>
/// A subject access request, answered from what the service really stores. For a case: the events and documents that
/// mention the case's key, as stored, except that any other case they hold is masked out as erasure would mask it (an
/// audit's events hold several children's cases, and only this one's may be disclosed). For a member of staff: those
/// that name their account, with every case masked out.
/// </summary>
public static class SubjectAccess
{
    public const string AnotherCase = "[another case]";

    public static IEndpointRouteBuilder MapSubjectAccess(this IEndpointRouteBuilder app, string path)
    {
        // A POST so the key travels in the body, never in an address that proxies and logs keep.
        app.MapPost(path, Read).WithTags("Subject access").RequireAuthorization(Policies.AnswerSubjectAccess).RecordsAccess("subject-access");
        app.MapPost($"{path}/staff", ReadStaff).WithTags("Subject access").RequireAuthorization(Policies.AnswerSubjectAccess).RecordsAccess("subject-access");
        return app;
    }

    /// <summary>Everything this service holds about one case, by its key, with any other case taken out: for a subject access request.</summary>
    public static Task<Results<Ok<HeldAboutCase>, ValidationProblem>> Read(
        SubjectAccessRequest request, IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(
            request, request.CaseKey, store, user,
            (records, stream) => records.OnlyThisCase(stream) ? stream : stream.Where(e => Mentions(e, request.CaseKey!)),
            (record, _) => OtherCasesOut(record, request.CaseKey!),
            (events, documents) => new HeldAboutCase(request.CaseKey!, events, documents),
            cancellationToken);

    /// <summary>
    /// Everything this service holds that names a member of staff's account (what they did, and what they read), with every
    /// child's case in it taken out: for a subject access request from a member of staff.
    /// </summary>
    public static Task<Results<Ok<HeldAboutPerson>, ValidationProblem>> ReadStaff(
        StaffSubjectAccessRequest request, IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(
            request, request.Subject, store, user,
            (_, stream) => stream.Where(e => Mentions(e, request.Subject!)),
            CasesOut,
            (events, documents) => new HeldAboutPerson(request.Subject!, events, documents),
            cancellationToken);

    /// <summary>
    /// A valid request answered from every stream and document of the partnership that mentions <paramref name="mentioned"/>:
    /// <paramref name="held"/> picks a stream's events to give, <paramref name="shown"/> masks what may not be given.
    /// </summary>
    private static async Task<Results<Ok<T>, ValidationProblem>> AnswerAsync<T>(
        object request, string? mentioned, IDocumentStore store, ClaimsPrincipal user,
        Func<CaseRecords, IEnumerable<StoredRecord>, IEnumerable<StoredRecord>> held,
        Func<StoredRecord, IEnumerable<StoredRecord>, JsonObject> shown,
        Func<IReadOnlyList<HeldEvent>, IReadOnlyList<HeldDocument>, T> answer,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(request);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var records = new CaseRecords(connection, store, user.PartnershipId(), mentioned!);
        var events = (await records.StreamsAsync(cancellationToken))
            .SelectMany(stream => held(records, stream).Select(e => new HeldEvent(e.Stream, e.Version, e.Type.Name, e.At, shown(e, stream))));
        var documents = (await records.DocumentsAsync(cancellationToken))
            .SelectMany(table => table.Documents)
            .Select(d => new HeldDocument(d.Type.Name, d.Id, d.At, shown(d, [d])));
        return TypedResults.Ok(answer([.. events], [.. documents]));
    }

    /// <summary>
    /// Every case in a record masked as its erasure would mask it; in a stream of one case (a review), the whole record's
    /// case text, since there the words about the child need not repeat its key.
    /// </summary>
    private static JsonObject CasesOut(StoredRecord record, IEnumerable<StoredRecord> stream)
    {
        var cases = stream.SelectMany(r => CaseMasking.CaseKeysIn(r.Data, r.Type)).Distinct().ToList();
        foreach (var key in cases)
        {
            CaseMasking.Mask(record.Data, record.Type, key, AnotherCase, wholeRecord: cases.Count == 1);
        }

        return record.Data as JsonObject ?? [];
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
