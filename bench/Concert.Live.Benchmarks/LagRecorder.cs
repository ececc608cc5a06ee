namespace Concert.Live.Benchmarks;

/// <summary>Lags (vessel report → client receipt) and message counts of all clients, recorded only while measuring.</summary>
internal sealed class LagRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _lagsMs = new(1 << 20);
    private long _messages;
    private long _vessels;
    private volatile bool _recording;

    public long Messages => Interlocked.Read(ref _messages);

    public long Vessels => Interlocked.Read(ref _vessels);

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    /// <summary>Records one "changes" message received now with the report times of its vessels.</summary>
    public void Received(DateTimeOffset now, IReadOnlyList<LiveUpdate> updated)
    {
        if (!_recording)
        {
            return;
        }

        Interlocked.Increment(ref _messages);
        Interlocked.Add(ref _vessels, updated.Count);
        lock (_gate)
        {
            foreach (LiveUpdate vessel in updated)
            {
                _lagsMs.Add((now - vessel.Time).TotalMilliseconds);
            }
        }
    }

    /// <summary>The lag at a quantile (0..1) in milliseconds.</summary>
    public double Quantile(double q)
    {
        lock (_gate)
        {
            if (_lagsMs.Count == 0)
            {
                return double.NaN;
            }

            _lagsMs.Sort();
            return _lagsMs[Math.Clamp((int)Math.Ceiling(q * _lagsMs.Count) - 1, 0, _lagsMs.Count - 1)];
        }
    }
}

/// <summary>The part of a pushed vessel the bench reads (the rest of the message is skipped by the deserializer).</summary>
/// <param name="Mmsi">The vessel.</param>
/// <param name="Time">When its position was reported.</param>
internal sealed record LiveUpdate(uint Mmsi, DateTimeOffset Time);

/// <summary>The part of a "changes" message the bench reads.</summary>
/// <param name="Updated">The vessels.</param>
/// <param name="Dropped">Changes the server dropped for this client.</param>
internal sealed record LiveChanges(IReadOnlyList<LiveUpdate> Updated, int Dropped);

/// <summary>The part of a "snapshot" message the bench reads.</summary>
/// <param name="Vessels">The vessels.</param>
internal sealed record LiveSnapshot(IReadOnlyList<LiveUpdate> Vessels);
