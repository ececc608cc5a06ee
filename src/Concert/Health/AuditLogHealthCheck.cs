using Concert.Sharing.Audit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concert.Health;

/// <summary>
/// Whether the audit log takes entries: its file is still there and the last append succeeded. Nothing is released
/// unaudited, so a log that cannot be written makes the host <see cref="HealthStatus.Unhealthy"/>. (The check writes
/// no entry of its own: the chain holds only what happened.)
/// </summary>
/// <param name="log">The open audit log.</param>
internal sealed class AuditLogHealthCheck(AuditLog log) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "audit-log";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        HealthCheckResult result = !File.Exists(log.Path) ? HealthCheckResult.Unhealthy($"the audit log {log.Path} is gone")
            : log.LastFailure is { } failure ? HealthCheckResult.Unhealthy($"the last audit entry could not be written, so nothing is released: {failure}")
            : HealthCheckResult.Healthy($"{log.LastSequence} entries, the last one written");
        return Task.FromResult(result);
    }
}
