using Concert.Maritime.Archive;
using DuckDB.NET.Data;

namespace Concert.Hosting;

/// <summary>
/// Keeps the archive's read paths current (the per-vessel segments of closed days and the half-hourly snapshots that
/// answer tracks and the picture at a past time): at start, then every few minutes. A refresh that finds nothing changed
/// costs two counting scans; one that fails is logged and tried again at the next tick.
/// </summary>
internal sealed partial class ArchiveReadPathService(PositionArchive archive, TimeProvider time, ILogger<ArchiveReadPathService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                // DuckDB works synchronously; off the timer's thread so host start-up does not wait for it.
                ReadPathRefresh refresh = await Task.Run(() => archive.RefreshReadPaths(time.GetUtcNow()), stoppingToken);
                if (refresh.TrackSegments.Count > 0 || refresh.SnapshotsBuilt > 0)
                {
                    LogRefreshed(logger, refresh.TrackSegments.Count, refresh.SnapshotsBuilt);
                }
            }
            catch (DuckDBException exception)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive read paths refreshed: {Segments} track segments written, {Snapshots} snapshots built")]
    private static partial void LogRefreshed(ILogger logger, int segments, int snapshots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Archive read paths could not be refreshed; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
