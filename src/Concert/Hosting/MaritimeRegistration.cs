using System.Net;
using System.Net.Sockets;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Hosting;
using Concert.Maritime.Picture;

namespace Concert.Hosting;

/// <summary>The maritime picture in the host: archive in the data folder, live picture, and the exercise traffic.</summary>
internal static class MaritimeRegistration
{
    /// <summary>The ingest feed of the exercise traffic.</summary>
    public const string ExerciseFeedName = "exercise";

    /// <summary>The ingest feed of the exercise's patrol vessels.</summary>
    public const string ExercisePatrolFeedName = "exercise-patrols";

    /// <summary>
    /// Adds the archive (<see cref="ConcertOptions.ArchivePath"/>), the live picture and the per-viewer release of both;
    /// with <see cref="ConcertOptions.Exercise"/> and exercise vessels, also the simulated receiver network and an
    /// ingest feed that takes its lines, both run as hosted services; <see cref="ConcertOptions.Feeds"/> run beside them.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="options">The host's options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddConcertMaritime(this IServiceCollection services, ConcertOptions options)
    {
        bool traffic = options.Exercise && options.ExerciseVessels > 0;
        List<FeedOptions> feeds = [.. options.Feeds];
        if (traffic)
        {
            var settings = new ExerciseBroadcastSettings(
                options.ExerciseVessels, options.ExerciseSeed, options.ExerciseSpeed,
                new ExerciseChannel(ExerciseFeedName, ExerciseData.TrafficLabel, new IPEndPoint(IPAddress.Loopback, FreeUdpPort())),
                new ExerciseChannel(ExercisePatrolFeedName, ExerciseData.PatrolLabel, new IPEndPoint(IPAddress.Loopback, FreeUdpPort())));
            foreach (ExerciseChannel channel in new[] { settings.Traffic, settings.Patrols })
            {
                feeds.Add(new FeedOptions
                {
                    Name = channel.FeedName,
                    Kind = FeedKind.NmeaUdp,
                    Host = channel.Ingest.Address.ToString(),
                    Port = channel.Ingest.Port,
                    Label = channel.Label,
                });
            }

            services.AddSingleton(settings);
        }

        services.AddMaritimeIngest(new ArchiveOptions { DatabasePath = options.ArchivePath }, feeds);
        services.AddSingleton(provider => new MaritimePicture(new PictureOptions { TimeProvider = provider.GetRequiredService<TimeProvider>() }));
        services.AddSingleton<MaritimeRelease>();
        services.AddHostedService<ArchiveReadPathService>();
        if (feeds.Count > 0)
        {
            services.AddHostedService<MaritimeIngestService>();
        }

        if (traffic)
        {
            services.AddHostedService<ExerciseBroadcast>();
        }

        return services;
    }

    // A port the system has just handed out on the loopback address; the ingest feed binds it a moment later.
    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }
}
