using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using DuckDB.NET.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concert.Health;

/// <summary>
/// Whether the position archive takes what ingest commits and answers queries. Either failing makes the host
/// <see cref="HealthStatus.Unhealthy"/>: positions can no longer be kept, or the picture's history can no longer be read.
/// </summary>
/// <param name="archive">The archive.</param>
/// <param name="runner">The host's ingest, whose pipeline stops at the archive's first refused commit.</param>
internal sealed class ArchiveHealthCheck(PositionArchive archive, IngestRunner runner) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "archive";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (runner.Pipeline.CommitFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the archive refused a commit, so ingest has stopped: {failure.Message}"));
        }

        try
        {
            // A session of its own, as the API's reads use: it neither waits for nor delays a commit in progress.
            using ArchiveQueries queries = archive.OpenQueries();
        }
        catch (DuckDBException error)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the archive cannot be opened for reading: {error.Message}"));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"open, {runner.Pipeline.BatchesCommitted} batches committed since start"));
    }
}
