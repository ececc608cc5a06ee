using Concert.Apis;

namespace Concert.Hosting;

/// <summary>Registers the pooling API's services.</summary>
internal static class PoolingRegistration
{
    /// <summary>Adds the plan runner, the GNI figures of cost shares, the cache of recent plans and the settings.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConcertPoolingApi(this IServiceCollection services)
    {
        services.AddOptions<PoolingApiOptions>().BindConfiguration(PoolingApiOptions.Section);
        services.AddScoped<PoolingPlanRuns>();
        services.AddScoped<PoolingGniFigures>();
        services.AddSingleton<PoolingPlanCache>();
        return services;
    }
}
