using Concert.Maritime.Feeds;

namespace Concert.Maritime.Ingest;

/// <summary>What an ingest run did, feed by feed and in total.</summary>
/// <param name="Feeds">Each feed's name, statistics, and the error that stopped it (null when none did).</param>
/// <param name="PositionsCommitted">Positions newly stored.</param>
/// <param name="RepeatsMerged">Receptions merged into an earlier reception of the same message.</param>
/// <param name="PositionsShed">Positions dropped from live feeds because the pipeline was full.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record IngestSummary(
    IReadOnlyList<FeedOutcome> Feeds,
    long PositionsCommitted,
    long RepeatsMerged,
    long PositionsShed,
    TimeSpan Elapsed);

/// <summary>How one feed ended.</summary>
/// <param name="Name">The feed's name.</param>
/// <param name="Statistics">Its counts.</param>
/// <param name="Error">Why it stopped early, or null.</param>
public sealed record FeedOutcome(string Name, FeedStatistics Statistics, string? Error);
