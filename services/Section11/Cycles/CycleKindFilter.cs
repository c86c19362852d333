using Marten;
using Safeguarding.Contracts;

namespace Safeguarding.Section11.Cycles;

/// <summary>
/// Section 11 and Section 175 cycles share their operations under two paths. A cycle is found only under its own
/// kind's path, so an address always says what kind of self-assessment it names and a client that mixes them up is told.
/// </summary>
public static class CycleKindFilter
{
    public static TBuilder OnlyCyclesOf<TBuilder>(this TBuilder builder, SelfAssessmentKind kind)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var route = context.HttpContext.Request.RouteValues;
            if ((route.GetValueOrDefault("cycleId") ?? route.GetValueOrDefault("id")) is string value && Guid.TryParse(value, out var id))
            {
                var session = context.HttpContext.RequestServices.GetRequiredService<IQuerySession>();
                var cycle = await session.LoadAsync<Section11Cycle>(id, context.HttpContext.RequestAborted);
                if (cycle is not null && cycle.Framework.Kind != kind)
                {
                    return TypedResults.NotFound();
                }
            }

            return await next(context);
        });
}
