using System.Diagnostics;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Sharing;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Runs configured feeds into the archive through one <see cref="IngestPipeline"/>: every feed on its own task, so a
/// failing or stalled feed never holds up the others. <see cref="RunAsync"/> runs until cancelled (live feeds) or until
/// every feed has ended (files only); either way everything read is committed before it returns.
/// </summary>
public sealed class IngestRunner
{
    private readonly IReadOnlyList<FeedOptions> _feeds;
    private readonly PositionFeed[] _running;
    private readonly CommunityRegistry _registry;

    /// <summary>Creates a runner; subscribe to <see cref="Pipeline"/>'s events before running.</summary>
    /// <param name="archive">The archive to commit to.</param>
    /// <param name="feeds">The feeds; names must be unique.</param>
    /// <param name="options">Pipeline bounds; the defaults when null.</param>
    /// <param name="clock">The clock; the system clock when null.</param>
    /// <param name="registry">Resolves communities in label XML; the built-in communities when null.</param>
    public IngestRunner(PositionArchive archive, IEnumerable<FeedOptions> feeds, IngestOptions? options = null, TimeProvider? clock = null, CommunityRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        _feeds = [.. feeds];
        string? repeated = _feeds.GroupBy(feed => feed.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (repeated is not null)
        {
            throw new ArgumentException($"Two feeds are named '{repeated}'.", nameof(feeds));
        }
        _registry = registry ?? CommunityRegistry.Default;
        _running = [.. _feeds.Select(PositionFeeds.Create)];
        Pipeline = new IngestPipeline(archive, options, clock);
    }

    /// <summary>The feeds, whose statistics can be read while they run.</summary>
    public IReadOnlyList<PositionFeed> Feeds => _running;

    /// <summary>The pipeline: subscribe to <see cref="IngestPipeline.Committed"/> and <see cref="IngestPipeline.Alert"/>.</summary>
    public IngestPipeline Pipeline { get; }

    /// <summary>Ingests one file (NMEA or CSV) to its end into <paramref name="archive"/> and returns the summary.</summary>
    /// <param name="archive">The archive.</param>
    /// <param name="file">The file feed.</param>
    /// <param name="cancellation">Stops early; what was read is still committed.</param>
    /// <returns>The summary.</returns>
    public static Task<IngestSummary> IngestFileAsync(PositionArchive archive, FeedOptions file, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!PositionFeeds.EndsByItself(file.Kind))
        {
            throw new ArgumentException($"Feed '{file.Name}' is not a file.", nameof(file));
        }
        return new IngestRunner(archive, [file]).RunAsync(cancellation);
    }

    /// <summary>Runs every feed until cancelled or, when all are files, until all have ended; then drains the pipeline.</summary>
    /// <param name="cancellation">Stops the feeds.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="InvalidOperationException">A feed has no label (nothing is ingested), or the runner has run before.</exception>
    public async Task<IngestSummary> RunAsync(CancellationToken cancellation = default)
    {
        var elapsed = Stopwatch.StartNew();
        // Labels are resolved first: a misconfigured label stops the run before anything is ingested unlabelled.
        ushort[] labelIds = [.. _feeds.Select(feed => Pipeline.RegisterLabel(feed.ResolveLabel(_registry)))];
        PositionFeed[] feeds = _running;
        var errors = new string?[feeds.Length];
        Pipeline.Start();
        await Task.WhenAll(feeds.Select(async (feed, index) =>
        {
            try
            {
                await Task.Run(() => feed.RunAsync(Pipeline, labelIds[index], cancellation), CancellationToken.None).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
            }
#pragma warning disable CA1031 // One feed's failure is reported in its outcome; the other feeds go on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                errors[index] = error.Message;
                Pipeline.RaiseAlert(new IngestAlert(Pipeline.Clock.GetUtcNow(), IngestAlertKind.FeedDown, feed.Name, 0, $"Feed {feed.Name} stopped: {error.Message}"));
            }
        })).ConfigureAwait(false);
        await Pipeline.CompleteAsync().ConfigureAwait(false);
        return new IngestSummary(
            [.. feeds.Select((feed, index) => new FeedOutcome(feed.Name, feed.Statistics, errors[index]))],
            Pipeline.PositionsCommitted, Pipeline.RepeatsMerged, Pipeline.PositionsShed, elapsed.Elapsed);
    }
}
