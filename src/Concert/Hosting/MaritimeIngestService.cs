using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;

namespace Concert.Hosting;

/// <summary>
/// Runs the configured feeds into the archive for the life of the host; stopping drains what was read. The live picture
/// follows what the archive commits: it is subscribed to the pipeline before the feeds start. Every ingest alert (positions
/// shed, a feed down, a failing subscriber) is logged; the pipeline already limits shed alerts to one a second per feed.
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
        runner.Pipeline.Alert += (_, alert) => Log(alert);
        IngestSummary summary = await runner.RunAsync(stoppingToken);
        LogStopped(logger, summary.PositionsCommitted, summary.RepeatsMerged);
    }

    private void Log(IngestAlert alert)
    {
        switch (alert.Kind)
        {
            case IngestAlertKind.Shed:
                LogShed(logger, alert.Count, alert.Source);
                break;
            case IngestAlertKind.FeedDown:
                LogFeedDown(logger, alert.Source, alert.Detail);
                break;
            default:
                LogSubscriberFailed(logger, alert.Count, alert.Detail);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest is behind: {Positions} positions from feed {Feed} shed before archiving so far")]
    private static partial void LogShed(ILogger logger, long positions, string? feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} is down: {Detail}")]
    private static partial void LogFeedDown(ILogger logger, string? feed, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The live picture failed on a committed batch of {Positions} positions (archived all the same): {Detail}")]
    private static partial void LogSubscriberFailed(ILogger logger, long positions, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Maritime ingest stopped: {Positions} positions stored, {Repeats} repeats merged")]
    private static partial void LogStopped(ILogger logger, long positions, long repeats);
}
