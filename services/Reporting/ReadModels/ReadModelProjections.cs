using JasperFx.Events.Projections;
using Marten;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>Every read model Reporting keeps, all built by the async daemon from the log of integration events.</summary>
public static class ReadModelProjections
{
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(OrganisationProjection), typeof(ProgrammeItemProjection), typeof(GradeProjection), typeof(FindingProjection), typeof(AssessmentProjection),
        typeof(CycleProjection), typeof(ActionProjection), typeof(ReviewProjection), typeof(LearningProjection), typeof(ReturnRequestsProjection),
    ];

    public static void AddTo(StoreOptions options)
    {
        options.Projections.Add<OrganisationProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ProgrammeItemProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<GradeProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<FindingProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<AssessmentProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<CycleProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ActionProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ReviewProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<LearningProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ReturnRequestsProjection>(ProjectionLifecycle.Async);
    }
}
