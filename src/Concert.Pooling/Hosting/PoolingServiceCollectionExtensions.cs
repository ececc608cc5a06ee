using Concert.Pooling.Dataset;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Pooling.Hosting;

/// <summary>Registers the pooling module in a host's services.</summary>
public static class PoolingServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="PoolingWorkspace"/> loaded from the configured dataset (or the
    /// built-in reference dataset).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the module's options; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddConcertPooling(this IServiceCollection services, Action<PoolingModuleOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PoolingModuleOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(provider =>
        {
            PoolingModuleOptions settings = provider.GetRequiredService<PoolingModuleOptions>();
            PoolingDataset dataset;
            if (settings.DatasetPath is null)
            {
                dataset = PoolingDataset.LoadReference();
            }
            else
            {
                using FileStream file = File.OpenRead(settings.DatasetPath);
                dataset = PoolingDataset.Load(file);
            }

            return new PoolingWorkspace(dataset, settings.Planner);
        });
        return services;
    }
}
