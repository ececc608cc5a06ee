using System.Diagnostics.Metrics;
using Concert.Sharing.Audit;

namespace Concert.Sharing.Telemetry;

/// <summary>
/// The sharing module's meter, <see cref="MeterName"/>: what the audit log has written and failed to write, read from
/// the log's own counts when a collector asks.
/// </summary>
public sealed class AuditMetrics : IDisposable
{
    /// <summary>The meter's name, for a collector to listen to.</summary>
    public const string MeterName = "Concert.Sharing";

    /// <summary>The tag naming an entry's <see cref="AuditEntryKind"/>.</summary>
    public const string KindTag = "kind";

    private readonly Meter _meter;

    /// <summary>Creates the meter and its instruments over <paramref name="log"/>.</summary>
    /// <param name="meters">The host's meter factory.</param>
    /// <param name="log">The open audit log.</param>
    public AuditMetrics(IMeterFactory meters, AuditLog log)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(log);
        _meter = meters.Create(MeterName);
        _meter.CreateObservableCounter("concert.audit.entries",
            () => log.AppendedByKind.Select(entry => new Measurement<long>(entry.Value, new KeyValuePair<string, object?>(KindTag, entry.Key.ToString()))),
            "{entry}", "Audit entries written (durable) since the host started, by kind: Permit, Deny, SignIn, Export, AdminChange.");
        _meter.CreateObservableCounter("concert.audit.failures", () => log.FailedAppends,
            "{entry}", "Audit entries that could not be written; the action each was for was refused, since nothing is released unaudited.");
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
