using System.Diagnostics.Metrics;

namespace Concert.Hubs;

/// <summary>
/// The live hub's meter, <see cref="MeterName"/>: connections, vessels pushed, vessels dropped for slow clients, and how
/// long messages wait in an outbox. Connections and drops are read from <see cref="LiveViewports"/>'s own counts.
/// </summary>
internal sealed class LiveMetrics : IDisposable
{
    /// <summary>The meter's name, for a collector to listen to.</summary>
    public const string MeterName = "Concert.Live";

    /// <summary>The tag naming the hub message: <see cref="MaritimeHub.SnapshotMessage"/> or <see cref="MaritimeHub.ChangesMessage"/>.</summary>
    public const string MessageTag = "message";

    private readonly Meter _meter;
    private readonly TimeProvider _time;
    private readonly Counter<long> _pushed;
    private readonly Histogram<double> _lag;

    /// <summary>Creates the meter and the instruments recorded as messages are sent.</summary>
    /// <param name="meters">The host's meter factory.</param>
    /// <param name="time">The host's clock, the one push intervals are dated by.</param>
    public LiveMetrics(IMeterFactory meters, TimeProvider time)
    {
        _meter = meters.Create(MeterName);
        _time = time;
        _pushed = _meter.CreateCounter<long>("concert.live.vessels.pushed", "{vessel}",
            "Vessels sent to live connections, by message: a snapshot's whole view, or a changes message's updates and removals.");
        _lag = _meter.CreateHistogram("concert.live.push.lag", "s",
            "How long a message waited in its connection's outbox: from the push interval that last added to it until SignalR took it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
    }

    /// <summary>Adds the instruments read from <paramref name="viewports"/>: connections and dropped vessels.</summary>
    /// <param name="viewports">The live subscriptions.</param>
    public void Observe(LiveViewports viewports)
    {
        _meter.CreateObservableUpDownCounter("concert.live.connections", () => viewports.Count,
            "{connection}", "Live connections with a viewport subscription.");
        _meter.CreateObservableCounter("concert.live.vessels.dropped", () => viewports.DroppedVessels,
            "{vessel}", "Vessel changes discarded for connections that read too slowly (each such connection is sent a snapshot instead).");
    }

    /// <summary>Records a message handed to a connection.</summary>
    /// <param name="message">The hub message's name.</param>
    /// <param name="vessels">Vessels it carried (updated and removed).</param>
    /// <param name="postedAt">The time of the push interval that last added to it.</param>
    public void Sent(string message, int vessels, DateTimeOffset postedAt)
    {
        var tag = new KeyValuePair<string, object?>(MessageTag, message);
        _pushed.Add(vessels, tag);
        _lag.Record(Math.Max(0, (_time.GetUtcNow() - postedAt).TotalSeconds), tag);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
