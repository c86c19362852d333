using System.Security.Claims;
using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Access;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Evidence;
using Safeguarding.ServiceDefaults.Security;
using AssessmentResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Section11.Assessments.Assessment>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Section11.Assessments;

/// <summary>Evidence items and their files; a file is readable by exactly those who can read its assessment.</summary>
public static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<SelfAssessmentKind>())
        {
            var group = app.MapGroup(CycleEndpoints.PathOf(kind) + "/{cycleId:guid}/assessments/{organisationId:guid}/evidence").WithTags("Evidence").OnlyCyclesOf(kind);
            group.MapPost("/", AddEvidence).RequireAuthorization(Policies.SubmitReturns);
            group.MapDelete("/{evidenceId:guid}", RemoveEvidence).RequireAuthorization(Policies.SubmitReturns);

            // Bearer tokens, not cookies, authenticate uploads, so there is no cross-site form to guard against.
            group.MapPut("/{evidenceId:guid}/file", AttachFile).RequireAuthorization(Policies.SubmitReturns).DisableAntiforgery()
                .WithMetadata(new RequestSizeLimitAttribute(EvidenceFileRules.MaxUploadBytes));
            group.MapGet("/{evidenceId:guid}/file", DownloadFile).RequireAuthorization(Policies.ReadSection11).RecordsAccess("evidence-file");
        }

        return app;
    }

    /// <summary>Attach an evidence file to an indicator of the organisation's self-assessment (size and type are checked first).</summary>
    public static Task<AssessmentResult> AddEvidence(
        Guid cycleId, Guid organisationId, AddEvidence command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        AssessmentEndpoints.ChangeOwn(session, cycleId, organisationId, http, (assessment, cycle, by) =>
            AssessmentDecisions.AddEvidence(assessment, cycle, command, Guid.CreateVersion7(), by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Remove an evidence file from a self-assessment.</summary>
    public static Task<AssessmentResult> RemoveEvidence(
        Guid cycleId, Guid organisationId, Guid evidenceId, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        AssessmentEndpoints.ChangeOwn(session, cycleId, organisationId, http, (assessment, _, by) =>
            AssessmentDecisions.RemoveEvidence(assessment, evidenceId, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// The file is checked, the caller and the step are authorised, and only then is it stored, just before it is
    /// recorded: a refused upload stores nothing, and a failed commit leaves an unreferenced file, never a dangling reference.
    /// </summary>
    public static async Task<AssessmentResult> AttachFile(
        Guid cycleId, Guid organisationId, Guid evidenceId, IFormFile? file, IEvidenceFileStore files, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the file as multipart/form-data in a field named \"file\"."] });
        }

        await using var content = file.OpenReadStream();
        var errors = EvidenceFileRules.Check(file.FileName, file.ContentType, content);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        var stored = new StoredFile(files.NewKey(user.PartnershipId()), Path.GetFileName(file.FileName), file.ContentType.Split(';')[0].Trim().ToLowerInvariant(), file.Length, sha256);
        return await AssessmentEndpoints.ChangeOwn(
            session,
            cycleId,
            organisationId,
            http,
            (assessment, _, by) => AssessmentDecisions.AttachFile(assessment, evidenceId, stored, by, clock.GetUtcNow()),
            cancellationToken,
            beforeCommit: token => files.SaveAsync(stored.Key, content, token));
    }

    /// <summary>Download an evidence file; only those who may read the self-assessment may.</summary>
    public static async Task<Results<FileStreamHttpResult, NotFound>> DownloadFile(
        Guid cycleId, Guid organisationId, Guid evidenceId, IEvidenceFileStore files, IQuerySession session, ClaimsPrincipal user, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var assessment = await AssessmentEndpoints.ReadableAsync(session, user, cycleId, organisationId, cancellationToken);
        if (assessment?.Evidence.FirstOrDefault(e => e.EvidenceId == evidenceId)?.File is not { } stored
            || await files.OpenReadAsync(stored.Key, cancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content, stored.ContentType, stored.FileName);
    }
}
