namespace Concert.Apis;

/// <summary><c>/api/v1/pooling</c>: Smart Defence pooling — pledges, funds, nations' figures, projects, plans and cost shares.</summary>
/// <remarks>
/// Every record is labelled and every read is decided in the query (<see cref="LabelledReleases"/>); plans are made
/// only from records released to the planner who asks (<see cref="PoolingPlanRuns"/>).
/// </remarks>
internal static class PoolingApi
{
    /// <summary>The group's path.</summary>
    public const string Path = "/api/v1/pooling";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The pooling group.</returns>
    public static RouteGroupBuilder MapPoolingApi(this RouteGroupBuilder api)
    {
        RouteGroupBuilder pooling = api.MapGroup("/pooling").WithTags("Pooling");
        pooling.MapPoolingPledges();
        pooling.MapPoolingFunds();
        pooling.MapPoolingNations();
        pooling.MapPoolingProjects();
        pooling.MapPoolingPlans();
        return pooling;
    }
}
