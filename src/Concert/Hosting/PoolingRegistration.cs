using Concert.Apis;

namespace Concert.Hosting;

/// <summary>Registers the pooling API's services.</summary>
internal static class PoolingRegistration
{
    /// <summary>Adds the per-request release helper, the plan runner and the cache of recent plans.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConcertPoolingApi(this IServiceCollection services)
    {
        services.AddScoped<PoolingReleases>();
        services.AddScoped<PoolingPlanRuns>();
        services.AddSingleton<PoolingPlanCache>();
        return services;
    }
}
