using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;

namespace Concert.Hosting;

/// <summary>
/// Runs the configured feeds into the archive for the life of the host; stopping drains what was read. The live picture
/// follows what the archive commits: it is subscribed to the pipeline before the feeds start.
/// </summary>
/// <param name="runner">The feeds and pipeline.</param>
/// <param name="picture">The live picture.</param>
/// <param name="logger">Where the summary is logged.</param>
internal sealed partial class MaritimeIngestService(IngestRunner runner, MaritimePicture picture, ILogger<MaritimeIngestService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        CommittedPictureFeed.Follow(picture, runner.Pipeline);
        IngestSummary summary = await runner.RunAsync(stoppingToken);
        LogStopped(logger, summary.PositionsCommitted, summary.RepeatsMerged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Maritime ingest stopped: {Positions} positions stored, {Repeats} repeats merged")]
    private static partial void LogStopped(ILogger logger, long positions, long repeats);
}
