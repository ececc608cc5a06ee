using System.Diagnostics.Metrics;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;

namespace Concert.Maritime.Telemetry;

/// <summary>
/// The maritime module's meter, <see cref="MeterName"/>: ingest (per feed and through the pipeline) and the live picture.
/// </summary>
/// <remarks>
/// The counts the feeds, the pipeline and the picture already keep (<see cref="FeedStatistics"/>,
/// <see cref="IngestPipeline"/>, <see cref="MaritimePicture"/>) are read by observable instruments when a collector
/// asks, so nothing is counted twice and the hot paths gain no work. Only what no one counts yet is recorded as it
/// happens: commit durations, batch sizes and alerts, each from an event the pipeline raises on its commit thread.
/// Instruments are created once; <see cref="Observe(IngestRunner)"/> and <see cref="Observe(MaritimePicture)"/> say what
/// they read.
/// </remarks>
public sealed class MaritimeMetrics : IDisposable
{
    /// <summary>The meter's name, for a collector to listen to.</summary>
    public const string MeterName = "Concert.Maritime";

    /// <summary>The tag naming the feed (its configured name).</summary>
    public const string FeedTag = "feed";

    /// <summary>The tag naming why lines were rejected (an <see cref="Ais.AisDecodeStatus"/> name, or a CSV reason).</summary>
    public const string ReasonTag = "reason";

    /// <summary>The tag naming an alert's <see cref="IngestAlertKind"/>.</summary>
    public const string KindTag = "kind";

    private readonly Meter _meter;
    private readonly Lock _gate = new();
    private readonly List<IngestRunner> _runners = [];
    private readonly List<MaritimePicture> _pictures = [];
    private readonly Histogram<double> _commitDuration;
    private readonly Histogram<int> _batchSize;
    private readonly Counter<long> _alerts;

    /// <summary>Creates the meter and its instruments.</summary>
    /// <param name="meters">The host's meter factory, so that each host (and each test) has meters of its own.</param>
    public MaritimeMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);

        _meter.CreateObservableCounter("concert.ais.lines", () => PerFeed(statistics => statistics.Lines),
            "{line}", "Input lines read by each feed (NMEA lines, or CSV rows without the header).");
        _meter.CreateObservableCounter("concert.ais.messages", () => PerFeed(statistics => statistics.Messages),
            "{message}", "AIS messages decoded by each feed (CSV rows read).");
        _meter.CreateObservableCounter("concert.ais.rejects", RejectsByReason,
            "{line}", "Input lines each feed rejected, by reason: the AisDecodeStatus name, or the CSV reason.");
        _meter.CreateObservableCounter("concert.ingest.positions.read", () => PerFeed(statistics => statistics.Positions),
            "{position}", "Positions each feed decoded and handed on, before de-duplication.");
        _meter.CreateObservableCounter("concert.ingest.feed.connections", () => PerFeed(statistics => statistics.Connections),
            "{connection}", "Connections each feed made (TCP), or inputs it opened.");
        _meter.CreateObservableCounter("concert.ingest.feed.reconnects", () => PerFeed(statistics => statistics.Reconnects),
            "{reconnect}", "Reconnection attempts of each feed after a drop or a failed connection.");
        _meter.CreateObservableGauge("concert.ingest.feed.connected", () => PerLiveFeed((statistics, _) => statistics.IsConnected ? 1 : 0),
            "1", "1 while a live feed holds its input (TCP connected, UDP bound), else 0.");
        _meter.CreateObservableGauge("concert.ingest.feed.silence", () => PerLiveFeed(Silence),
            "s", "Seconds since a live feed last received input (since it connected, when it has received nothing yet).");

        _meter.CreateObservableCounter("concert.ingest.positions.stored", () => Total(pipeline => pipeline.PositionsCommitted),
            "{position}", "Positions newly stored in the archive.");
        _meter.CreateObservableCounter("concert.ingest.duplicates", () => Total(pipeline => pipeline.RepeatsMerged),
            "{reception}", "Receptions merged into an earlier reception of the same message (one message heard by several receivers).");
        _meter.CreateObservableCounter("concert.ingest.shed", () => Total(pipeline => pipeline.PositionsShed),
            "{position}", "Positions from live feeds dropped before archiving because the pipeline was full (each shed also raises an alert).");
        _meter.CreateObservableCounter("concert.ingest.batches", () => Total(pipeline => pipeline.BatchesCommitted),
            "{batch}", "Archive transactions committed.");
        _commitDuration = _meter.CreateHistogram("concert.ingest.commit.duration", "s",
            "How long each archive transaction took to become durable.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _batchSize = _meter.CreateHistogram("concert.ingest.batch.size", "{position}",
            "New positions in each committed batch (a busy archive commits fewer, larger batches).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 16, 64, 256, 1024, 4096, 16_384, 65_536, 131_072] });
        _alerts = _meter.CreateCounter<long>("concert.ingest.alerts", "{alert}",
            "Ingest alerts raised, by kind: Shed (positions dropped), FeedDown, SubscriberFailed.");

        _meter.CreateObservableUpDownCounter("concert.picture.vessels", () => PerPicture(picture => picture.Count),
            "{vessel}", "Stations the live picture holds.");
        _meter.CreateObservableCounter("concert.picture.changes", () => PerPicture(picture => picture.ChangeSequence),
            "{change}", "Vessel changes the live picture has recorded in its change journal.");
        _meter.CreateObservableGauge("concert.picture.change_journal.size",
            () => PerPicture(picture => Math.Min(picture.ChangeSequence, picture.Options.ChangeJournalCapacity)),
            "{change}", "Changes the journal holds; once at its capacity, a reader further behind reads the whole picture again.");
    }

    /// <summary>Reads the feeds and pipeline of <paramref name="runner"/> from now on, and records its commits and alerts.</summary>
    /// <param name="runner">The runner, before it runs (events raised earlier are not seen).</param>
    public void Observe(IngestRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        lock (_gate)
        {
            _runners.Add(runner);
        }

        runner.Pipeline.CommitTimed += (_, elapsed) => _commitDuration.Record(elapsed.TotalSeconds);
        runner.Pipeline.Committed += (_, batch) => _batchSize.Record(batch.Positions.Length);
        runner.Pipeline.Alert += (_, alert) => _alerts.Add(1, new KeyValuePair<string, object?>(KindTag, alert.Kind.ToString()));
    }

    /// <summary>Reads <paramref name="picture"/> from now on.</summary>
    /// <param name="picture">The live picture.</param>
    public void Observe(MaritimePicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        lock (_gate)
        {
            _pictures.Add(picture);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private static Measurement<T> Tagged<T>(T value, string feed)
        where T : struct => new(value, new KeyValuePair<string, object?>(FeedTag, feed));

    private static double Silence(FeedStatistics statistics, TimeProvider clock)
    {
        DateTimeOffset? since = statistics.LastInputAt ?? statistics.LinkChangedAt;
        return since is { } at ? Math.Max(0, (clock.GetUtcNow() - at).TotalSeconds) : 0;
    }

    private IngestRunner[] Runners()
    {
        lock (_gate)
        {
            return [.. _runners];
        }
    }

    private List<Measurement<long>> PerFeed(Func<FeedStatistics, long> value) =>
        [.. Runners().SelectMany(runner => runner.Feeds).Select(feed => Tagged(value(feed.Statistics), feed.Name))];

    private List<Measurement<double>> PerLiveFeed(Func<FeedStatistics, TimeProvider, double> value) =>
        [.. Runners().SelectMany(runner => runner.Feeds
            .Where(feed => !PositionFeeds.EndsByItself(feed.Options.Kind))
            .Select(feed => Tagged(value(feed.Statistics, runner.Pipeline.Clock), feed.Name)))];

    private List<Measurement<long>> RejectsByReason() =>
        [.. Runners().SelectMany(runner => runner.Feeds).SelectMany(feed => feed.Statistics.RejectsByReason.Select(reject =>
            new Measurement<long>(reject.Value, new KeyValuePair<string, object?>(FeedTag, feed.Name), new KeyValuePair<string, object?>(ReasonTag, reject.Key))))];

    private long Total(Func<IngestPipeline, long> value) => Runners().Sum(runner => value(runner.Pipeline));

    private long PerPicture(Func<MaritimePicture, long> value)
    {
        lock (_gate)
        {
            return _pictures.Sum(value);
        }
    }
}
