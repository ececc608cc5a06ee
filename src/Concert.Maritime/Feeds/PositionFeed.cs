using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// A running source of positions: reads its input, decodes it and hands records to an <see cref="IngestPipeline"/>
/// under its source id and label. A feed's failure is its own: it is counted, alerted and retried, never thrown at
/// the other feeds.
/// </summary>
public abstract class PositionFeed
{
    /// <summary>Creates a feed.</summary>
    /// <param name="options">Its configuration.</param>
    protected PositionFeed(FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Its configuration.</summary>
    public FeedOptions Options { get; }

    /// <summary>The configured name.</summary>
    public string Name => Options.Name;

    /// <summary>What it has read, decoded and rejected so far.</summary>
    public FeedStatistics Statistics { get; } = new();

    /// <summary>
    /// Runs until the input ends (files) or <paramref name="cancellation"/> is cancelled (live feeds), handing records to
    /// <paramref name="pipeline"/>.
    /// </summary>
    /// <param name="pipeline">The started pipeline.</param>
    /// <param name="labelId">The archive id of the label every record carries.</param>
    /// <param name="cancellation">Stops the feed.</param>
    /// <returns>A task that completes when the feed stops.</returns>
    public Task RunAsync(IngestPipeline pipeline, ushort labelId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var writer = new FeedRecordWriter(pipeline, pipeline.RegisterSource(Name), labelId, Statistics);
        return RunAsync(pipeline, writer, cancellation);
    }

    /// <summary>Reads the input into <paramref name="writer"/> until done or cancelled.</summary>
    private protected abstract Task RunAsync(IngestPipeline pipeline, FeedRecordWriter writer, CancellationToken cancellation);

    /// <summary>Tells the watch that this feed is down and why.</summary>
    private protected void ReportDown(IngestPipeline pipeline, string why) =>
        pipeline.RaiseAlert(new IngestAlert(pipeline.Clock.GetUtcNow(), IngestAlertKind.FeedDown, Name, 0, $"Feed {Name} is down: {why}"));
}
