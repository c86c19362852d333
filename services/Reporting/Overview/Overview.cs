using Safeguarding.Contracts;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;

namespace Safeguarding.Reporting.Overview;

public sealed record ProgrammeFigures(int Scheduled, int InProgress, int Overdue, int Done, int Withdrawn);

public sealed record GradeCount(string Grade, int Cases);

public sealed record CategoryFigures(CaseCategory Category, int Graded, int GoodOrBetter, double? GoodOrBetterShare);

/// <summary>Case grades as agreed at audit meetings (agency returns counted apart); Good or better is the expected minimum.</summary>
public sealed record AuditFigures(
    int Audits, int CasesGraded, int GoodOrBetter, double? GoodOrBetterShare, IReadOnlyList<GradeCount> Grades, IReadOnlyList<CategoryFigures> ByCategory,
    int AgencyReturns, int GoodPractice, int AreasForDevelopment, int ImmediateConcerns);

public sealed record CycleFigures(SelfAssessmentKind Kind, int Invited, int Returned, double? ReturnRate, int Reminders, int IndicatorsModerated, int ModeratedBelowSelfScore, int WeakIndicators, bool Closed);

public sealed record StatusCount(ActionStatus Status, int Actions);

public sealed record ActionFigures(int Total, IReadOnlyList<StatusCount> ByStatus, int Overdue, double? AverageDaysOverdue, int ClosedWithEvidence, double? ClosedShare);

public sealed record ReviewFigures(int Reviews, int Decided, int DeadlinesMissed, int DeadlinesAtRisk);

public sealed record LearningFigures(int BriefingsPublished, int FeedbackResponses, double? AverageRating);

/// <summary>The partnership at a glance for one year: every figure computed from Reporting's own read models.</summary>
public sealed record PartnershipOverview(
    string PartnershipId, int Year, int Organisations, ProgrammeFigures Programme, AuditFigures Audits, IReadOnlyList<CycleFigures> Cycles,
    ActionFigures Actions, ReviewFigures Reviews, LearningFigures Learning, Freshness Freshness);
