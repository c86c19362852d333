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

    /// <summary>Agree the audit's terms of reference: questions, look-back, tool, case mix, and the dates for returns, meeting and report.</summary>
    public static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> AgreeTerms(
        Guid id, AgreeTermsOfReference command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var tool = command.ToolId is { } toolId ? await ToolVersions.FindAsync(session, toolId, command.ToolVersion, cancellationToken) : null;
        var directory = await KnownOrganisations.ForPartnershipAsync(session, cancellationToken);
        return await Step(session, id, http, audit => AuditDecisions.AgreeTerms(audit, command, tool, directory, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Select the audit's sample of cases by case key (a reference number, never a name) with each child's permitted profile.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> SelectCases(
        Guid id, SelectCases command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.SelectCases(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Name the agencies that knew each case: each is asked for a return per case, and returns open.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> NotifyAgencies(
        Guid id, NotifyAgencies command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.NotifyAgencies(audit, command, directory, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Submit (or replace) an agency's return for one case: answers, section grades, overall grade and rationale. An agency submits its own only.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> SubmitReturn(
        Guid id, Guid organisationId, string caseKey, SubmitReturn command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken) =>
        OwnReturnStep(session, id, organisationId, http, audit => AuditDecisions.SubmitReturn(audit, organisationId, caseKey, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Save an agency's unfinished return for one case; only that agency sees a draft.</summary>
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

    /// <summary>Close the audit's returns: those still outstanding are recorded as missed.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> CloseReturns(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.CloseReturns(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Record the audit meeting: who attended, each case's agreed grade with its rationale, and the findings.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordMeeting(
        Guid id, RecordMeeting command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RecordMeeting(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Draft (or redraft) the audit's report for approval.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> DraftReport(
        Guid id, DraftReport command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.DraftReport(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Approve the drafted report: the Board and the partnership may then read it.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> ApproveReport(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.ApproveReport(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Raise the audit's improvement actions, each with an owner, a due date and the finding it answers; they enter the register.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RaiseActions(
        Guid id, RaiseActions command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RaiseActions(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Record that the audit was presented to the Board.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> PresentToBoard(
        Guid id, PresentToBoard command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.PresentToBoard(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Close the audit once its actions are raised, it has been presented, and every immediate concern is acknowledged.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> Close(
        Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.Close(audit, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Cancel the audit, with the reason.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> Cancel(
        Guid id, CancelAudit command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(session, id, http, audit => AuditDecisions.Cancel(audit, command, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>Raise an immediate concern about a child in a case: sent at once to the agency that must act.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> RaiseConcern(
        Guid id, RaiseConcern command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        StepWithDirectory(session, id, http, (audit, directory) => AuditDecisions.RaiseConcern(audit, command, directory, Guid.CreateVersion7, user.ToActor(), clock.GetUtcNow()), cancellationToken);

    /// <summary>The owning agency acknowledges an immediate concern it was sent.</summary>
    public static Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> AcknowledgeConcern(
        Guid id, Guid concernId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Step(
            session,
            id,
            http,
            audit => AuditDecisions.AcknowledgeConcern(audit, concernId, user.OrganisationId(), user.IsInRole(Roles.Coordinator), user.ToActor(), clock.GetUtcNow()),
            cancellationToken);

    /// <summary>Mark the audit as a re-audit of an earlier closed audit on the same theme, so the two can be compared.</summary>
    public static async Task<Results<Ok<AuditView>, ValidationProblem, NotFound, ProblemHttpResult>> MarkAsReAudit(
        Guid id, MarkAsReAudit command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var previous = command.PreviousAuditId is { } previousId ? await session.LoadAsync<MultiAgencyAudit>(previousId, cancellationToken) : null;
        return await Step(session, id, http, audit => AuditDecisions.MarkAsReAudit(audit, command, previous, user.ToActor(), clock.GetUtcNow()), cancellationToken);
    }
}
