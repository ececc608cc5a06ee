namespace Concert.Maritime.Feeds;

/// <summary>
/// Waits between reconnection attempts: exponential (the ceiling doubles from the initial wait up to the maximum) with
/// "equal jitter" (a random wait between half the ceiling and the ceiling), so that many feeds dropped by the same
/// outage do not all reconnect in the same instant, yet none retries sooner than half its ceiling. Not thread-safe.
/// </summary>
public sealed class ReconnectBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _maximum;
    private readonly Random _random;
    private int _failures;

    /// <summary>Creates a backoff.</summary>
    /// <param name="initial">The first ceiling; positive.</param>
    /// <param name="maximum">The largest ceiling; not below <paramref name="initial"/>.</param>
    /// <param name="random">The jitter's source (seed it in tests); a shared one when null.</param>
    public ReconnectBackoff(TimeSpan initial, TimeSpan maximum, Random? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, initial);
        _initial = initial;
        _maximum = maximum;
        _random = random ?? Random.Shared;
    }

    /// <summary>Failures since the last <see cref="Reset"/>.</summary>
    public int Failures => _failures;

    /// <summary>The wait before the next attempt; each call counts one more failure.</summary>
    /// <returns>A wait between half the current ceiling and the ceiling.</returns>
    public TimeSpan NextDelay()
    {
        // Doubling stops once past the maximum, so the shift cannot overflow however long a feed stays down.
        double ceiling = Math.Min(_maximum.Ticks, _initial.Ticks * Math.Pow(2, Math.Min(_failures, 62)));
        _failures++;
        return TimeSpan.FromTicks((long)(ceiling / 2 + _random.NextDouble() * ceiling / 2));
    }

    /// <summary>Starts again from the initial wait, after a connection that worked.</summary>
    public void Reset() => _failures = 0;
}
