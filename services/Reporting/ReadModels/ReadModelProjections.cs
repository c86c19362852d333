using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>One read model: the projection that builds it, how to register it, and how to clear one partnership's rows of it.</summary>
public sealed record ReadModel(Type Projection, Action<StoreOptions> Register, Action<IDocumentOperations> ClearPartnership)
{
    public string Name => Projection.Name;

    public static ReadModel Of<TProjection, TRow>()
        where TProjection : MultiStreamProjection<TRow, Guid>, new()
        where TRow : notnull =>
        new(typeof(TProjection), options => options.Projections.Add<TProjection>(ProjectionLifecycle.Async), rows => rows.DeleteWhere<TRow>(_ => true));
}

/// <summary>Every read model Reporting keeps, all built by the async daemon from the log of integration events.</summary>
public static class ReadModelProjections
{
    public static readonly IReadOnlyList<ReadModel> All =
    [
        ReadModel.Of<OrganisationProjection, OrganisationRow>(), ReadModel.Of<ProgrammeItemProjection, ProgrammeItemRow>(),
        ReadModel.Of<GradeProjection, GradeRow>(), ReadModel.Of<FindingProjection, FindingRow>(), ReadModel.Of<AssessmentProjection, AssessmentRow>(),
        ReadModel.Of<CycleProjection, CycleRow>(), ReadModel.Of<ActionProjection, ActionRow>(), ReadModel.Of<ReviewProjection, ReviewRow>(),
        ReadModel.Of<LearningProjection, LearningRow>(), ReadModel.Of<ReturnRequestsProjection, ReturnRequestsRow>(),
        ReadModel.Of<ClosureDaysProjection, ClosureDaysRow>(),
    ];

    public static void AddTo(StoreOptions options)
    {
        foreach (var readModel in All)
        {
            readModel.Register(options);
        }
    }
}
