namespace Concert.Maritime.Feeds;

/// <summary>Makes the feed a <see cref="FeedOptions"/> describes.</summary>
public static class PositionFeeds
{
    /// <summary>Creates the feed for <paramref name="options"/>.</summary>
    /// <param name="options">The feed's configuration.</param>
    /// <returns>The feed, not yet running.</returns>
    public static PositionFeed Create(FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Kind switch
        {
            FeedKind.NmeaFile => new NmeaFileFeed(options),
            FeedKind.NmeaTcp => new NmeaTcpFeed(options),
            FeedKind.NmeaUdp => new NmeaUdpFeed(options),
            FeedKind.MarineCadastreCsv or FeedKind.DanishMaritimeAuthorityCsv => new CsvPositionFeed(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown feed kind."),
        };
    }

    /// <summary>True for feeds that end with their input (files), false for live feeds that run until stopped.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether the feed ends by itself.</returns>
    public static bool EndsByItself(FeedKind kind) => kind is FeedKind.NmeaFile or FeedKind.MarineCadastreCsv or FeedKind.DanishMaritimeAuthorityCsv;
}
