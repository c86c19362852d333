using Safeguarding.EventSourcing.EventStore;
using static Safeguarding.EventSourcing.EventStore.HistoryDetails;

namespace Safeguarding.Learning.Actions;

/// <summary>An action's history in public words: where it came from, its owner's word on it, and how it ended.</summary>
public static class ActionHistory
{
    public static readonly HistoryVocabulary<ImprovementAction> Vocabulary = new HistoryVocabulary<ImprovementAction>()
        .Add<ActionCreated>("action_created", "Action entered the register", (e, _, _) =>
            [Of("source", e.Source.Kind), Of("owner", e.OwnerOrganisationId), Of("dueDate", e.DueDate)])
        .Add<ActionProgressReported>("action_progress_reported", "Progress reported", (e, _, _) => [Of("progress", e.Progress)])
        .Add<ActionWentOverdue>("action_went_overdue", "Action went overdue", (e, _, _) => [Of("lateFrom", e.LateFrom)])
        .Add<ActionClosed>("action_closed", "Action closed with evidence of impact");
}
