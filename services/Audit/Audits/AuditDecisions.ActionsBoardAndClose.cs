using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Audits;

/// <summary>After the report: SMART actions on the findings, the Board, closure, or cancellation with a reason.</summary>
public static partial class AuditDecisions
{
    public const int MaxActions = 30;
    public const string ActionCount = "Raise 1 to 30 actions at a time.";

    public static Decision RaiseActions(MultiAgencyAudit audit, RaiseActions c, IReadOnlySet<Guid> directory, Func<Guid> newId, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.RaiseActions)
        ?? Decision.From(ValidateActions(audit, c, directory, DateOnly.FromDateTime(now.UtcDateTime)), () => Decision.Accept(new AuditActionsRaised(
            audit.Id,
            [.. c.Actions!.Select(a => new RaisedAction(newId(), a.What!.Trim(), a.OwnerOrganisationId!.Value, a.DueDate!.Value, a.FindingId!.Value))],
            by,
            now)));

    private static ValidationErrors ValidateActions(MultiAgencyAudit audit, RaiseActions c, IReadOnlySet<Guid> directory, DateOnly today)
    {
        var actions = c.Actions ?? [];
        var errors = new ValidationErrors().Check(c, today);
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is not { } a)
            {
                continue;
            }

            errors.When(a.OwnerOrganisationId is { } owner && !directory.Contains(owner), $"actions[{i}].ownerOrganisationId", Unknown)
                .When(a.FindingId is not null && audit.Findings.All(f => f.FindingId != a.FindingId), $"actions[{i}].findingId", "Link the action to one of the audit's findings.");
        }

        return errors;
    }

    public static Decision PresentToBoard(MultiAgencyAudit audit, PresentToBoard c, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.PresentToBoard)
        ?? Decision.From(
            new ValidationErrors().Check(c, DateOnly.FromDateTime(now.UtcDateTime)),
            () => Decision.Accept(new AuditPresentedToBoard(audit.Id, c.PresentedOn!.Value, by, now)));

    public static Decision Close(MultiAgencyAudit audit, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.Close) ?? Decision.Accept(new AuditClosed(audit.Id, by, now));

    public static Decision Cancel(MultiAgencyAudit audit, CancelAudit c, Actor by, DateTimeOffset now) =>
        AuditFlow.Refuse(audit, AuditFlow.Cancel)
        ?? Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new AuditCancelled(audit.Id, c.Reason!.Trim(), audit.Stage, by, now)));
}
