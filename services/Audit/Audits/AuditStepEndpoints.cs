using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.Audit.Tools;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Audits;

/// <summary>The steps of the audit flow chart; each carries If-Match and answers with the audit as the caller may see it.</summary>
public static class AuditStepEndpoints
{
    private static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> Step(
        IDocumentSession session, Guid id, HttpContext http, Func<MultiAgencyAudit, Decision> decide, CancellationToken cancellationToken) =>
        StreamCommands.ExecuteAsync<MultiAgencyAudit, AuditView>(session, id, http, decide, audit => AuditView.For(audit, http.User), cancellationToken);

    /// <summary>A step that names organisations, checked against the service's copy of the partnership directory.</summary>
    private static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> StepWithDirectory(
        IDocumentSession session, Guid id, HttpContext http, Func<MultiAgencyAudit, IReadOnlySet<Guid>, Decision> decide, CancellationToken cancellationToken)
    {
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        return await Step(session, id, http, audit => decide(audit, directory), cancellationToken);
    }

    public static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> AgreeTerms(
        Guid id, AgreeTermsOfReference command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var tool = command.ToolId is { } toolId ? await ToolVersions.FindAsync(session, toolId, command.ToolVersion, cancellationToken) : null;
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        return await Step(session, id, http, audit => AuditDecisions.AgreeTerms(audit, command, tool, directory, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> SelectCases(
        Guid id, SelectCases command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.SelectCases(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> NotifyAgencies(
        Guid id, NotifyAgencies command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.NotifyAgencies(audit, command, directory, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> SubmitReturn(
        Guid id, Guid organisationId, string caseKey, SubmitReturn command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken) =>
        OwnReturnStep(session, id, organisationId, http, audit => AuditDecisions.SubmitReturn(audit, organisationId, caseKey, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> SaveReturnDraft(
        Guid id, Guid organisationId, string caseKey, SubmitReturn command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken) =>
        OwnReturnStep(session, id, organisationId, http, audit => AuditDecisions.SaveReturnDraft(audit, organisationId, caseKey, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Only the agency itself writes its return: the token's organisation must be the one in the address.</summary>
    private static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> OwnReturnStep(
        IDocumentSession session, Guid id, Guid organisationId, HttpContext http, Func<MultiAgencyAudit, Decision> decide, CancellationToken cancellationToken)
    {
        if (http.User.OrganisationId() != organisationId)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Only the agency itself can write its return.",
                detail: "The organisation in your token is not the organisation of this return.");
        }

        return await Step(session, id, http, decide, cancellationToken);
    }

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> CloseReturns(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.CloseReturns(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordMeeting(
        Guid id, RecordMeeting command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RecordMeeting(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> DraftReport(
        Guid id, DraftReport command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.DraftReport(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> ApproveReport(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.ApproveReport(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RaiseActions(
        Guid id, RaiseActions command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RaiseActions(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> PresentToBoard(
        Guid id, PresentToBoard command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.PresentToBoard(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> Close(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.Close(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> Cancel(
        Guid id, CancelAudit command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.Cancel(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RaiseConcern(
        Guid id, RaiseConcern command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RaiseConcern(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> AcknowledgeConcern(
        Guid id, Guid concernId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(
            session,
            id,
            http,
            audit => AuditDecisions.AcknowledgeConcern(audit, concernId, user.OrganisationId(), user.IsInRole(Roles.Coordinator), user.ToActor(), clock.GetUtcNow()),
            cancellationToken);

    public static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> MarkAsReAudit(
        Guid id, MarkAsReAudit command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var previous = command.PreviousAuditId is { } previousId ? await session.LoadAsync<MultiAgencyAudit>(previousId, cancellationToken) : null;
        return await Step(session, id, http, audit => AuditDecisions.MarkAsReAudit(audit, command, previous, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }
}
