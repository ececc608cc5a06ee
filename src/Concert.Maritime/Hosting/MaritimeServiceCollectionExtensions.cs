using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Maritime.Hosting;

/// <summary>Registers the maritime ingest and archive with a host's services.</summary>
public static class MaritimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="PositionArchive"/> (opened on first use, disposed with the container) and an
    /// <see cref="IngestRunner"/> for <paramref name="feeds"/>, both singletons. The host runs
    /// <see cref="IngestRunner.RunAsync"/> (from a hosted service, or the <c>concert ingest</c> command) and subscribes
    /// to <see cref="IngestRunner.Pipeline"/> for committed batches and alerts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="archive">Where the archive lives and what it keeps.</param>
    /// <param name="feeds">The configured feeds.</param>
    /// <param name="ingest">Pipeline bounds; the defaults when null.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddMaritimeIngest(
        this IServiceCollection services, ArchiveOptions archive, IEnumerable<FeedOptions> feeds, IngestOptions? ingest = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(archive);
        FeedOptions[] configured = [.. feeds ?? throw new ArgumentNullException(nameof(feeds))];
        services.AddSingleton(archive);
        services.AddSingleton(_ => PositionArchive.Open(archive));
        services.AddSingleton(provider => new IngestRunner(
            provider.GetRequiredService<PositionArchive>(), configured, ingest, provider.GetService<TimeProvider>()));
        return services;
    }
}
