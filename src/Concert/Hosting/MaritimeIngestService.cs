using Concert.Maritime.Ingest;

namespace Concert.Hosting;

/// <summary>Runs the configured feeds into the archive for the life of the host; stopping drains what was read.</summary>
internal sealed partial class MaritimeIngestService(IngestRunner runner, ILogger<MaritimeIngestService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IngestSummary summary = await runner.RunAsync(stoppingToken);
        LogStopped(logger, summary.PositionsCommitted, summary.RepeatsMerged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Maritime ingest stopped: {Positions} positions stored, {Repeats} repeats merged")]
    private static partial void LogStopped(ILogger logger, long positions, long repeats);
}
