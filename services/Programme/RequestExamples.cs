using Safeguarding.Contracts;
using Safeguarding.Programme.Indicators;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Safeguarding.Programme.Regions;

namespace Safeguarding.Programme;

/// <summary>A worked example of each request Programme accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    private static readonly IReadOnlyList<ContactInput> Contacts =
        [new ContactInput("safeguarding-lead", "Sam Taylor", "sam.taylor@sthelens.gov.uk")];

    public static readonly IReadOnlyList<object> All =
    [
        .. EventSourcing.Privacy.PrivacyExamples.All,
        new RegisterOrganisation("St Helens Council Children's Services", OrganisationKind.StatutoryPartner, Contacts: Contacts),
        new UpdateOrganisation("Rainford High", OrganisationKind.School, SchoolPhase.Secondary, SchoolType.Academy),
        new ChangeContacts(Contacts),
        new RecordPriority(
            PriorityRoute.KnownConcern,
            "Neglect in early years",
            "Three Rapid Reviews this year involved neglect of children under five.",
            new PrioritySourceInput(PrioritySourceKind.ReviewRecommendation, "RR-2027-03", "Rapid Review recommendation 2"),
            null),
        new DismissPriority("Already covered by the Q2 neglect audit."),
        new DefineIndicator("Re-referrals within 12 months", "Share of referrals to children's social care that are re-referrals.", "%", Direction.LowerIsBetter, 15m, 22m),
        new RecordIndicatorValue("2027-Q2", 24.5m),
        new SetRegion("north-west"),
        new InviteToRegion("knowsley"),
        new RecordRegionalTrend("Child exploitation", "Pan Mersey partnerships report a rise in criminal exploitation of 14-17 year olds."),
        new CreateProgramme(2027),
        new ScheduleThematicAudit(2, "Neglect", [CaseCategory.ChildInNeed, CaseCategory.ChildProtection]),
        new ItemInput(ScheduledItemKind.ThematicAudit, 3, null, null, "Hearing the voice of the child", [CaseCategory.EarlyHelp], "Partnership coordinator"),
        new RemoveItem("Moved to next year's programme after the Board's review."),
    ];
}
