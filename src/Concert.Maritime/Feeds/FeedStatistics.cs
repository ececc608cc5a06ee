using System.Collections.Concurrent;
using Concert.Ais;

namespace Concert.Maritime.Feeds;

/// <summary>
/// What one feed has done so far: input lines, messages decoded, positions and statics produced, lines rejected by
/// reason, connections and reconnections, CSV rows skipped; and its link now: connected or not since when, and when it
/// last received input. Updated by the feed, read from any thread.
/// </summary>
public sealed class FeedStatistics
{
    private const int KeptRowErrors = 100;
    private readonly ConcurrentDictionary<string, long> _rejectsByReason = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<CsvRowError> _recentRowErrors = new();
    private long _lines;
    private long _messages;
    private long _positions;
    private long _statics;
    private long _connections;
    private long _reconnects;
    private long _rejectedLines;
    private long _lastInputTicks;
    private long _linkChangedTicks;
    private string? _disconnection;
    private bool _connected;

    /// <summary>Input lines read (NMEA lines or CSV rows, headers excluded).</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>AIS messages decoded (CSV rows read).</summary>
    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>Positions produced.</summary>
    public long Positions => Interlocked.Read(ref _positions);

    /// <summary>Static and voyage reports produced.</summary>
    public long Statics => Interlocked.Read(ref _statics);

    /// <summary>Connections made (TCP), or inputs opened.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Reconnection attempts after a drop or a failed connection.</summary>
    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>Lines or rows rejected, whatever the reason.</summary>
    public long RejectedLines => Interlocked.Read(ref _rejectedLines);

    /// <summary>True while the feed holds its input open: a TCP connection up, a UDP port bound, a file opened.</summary>
    public bool IsConnected => Volatile.Read(ref _connected);

    /// <summary>When the feed last connected or lost its input; null before its first attempt.</summary>
    public DateTimeOffset? LinkChangedAt => TimeOf(Interlocked.Read(ref _linkChangedTicks));

    /// <summary>Why the feed last lost or failed to open its input; null while it has never lost it.</summary>
    public string? Disconnection => Volatile.Read(ref _disconnection);

    /// <summary>When the feed last received input (a read, a datagram), on the pipeline's clock; null before the first.</summary>
    public DateTimeOffset? LastInputAt => TimeOf(Interlocked.Read(ref _lastInputTicks));

    /// <summary>Rejected lines by reason (an <see cref="AisDecodeStatus"/> name, or a CSV reason).</summary>
    public IReadOnlyDictionary<string, long> RejectsByReason => new Dictionary<string, long>(_rejectsByReason, StringComparer.Ordinal);

    /// <summary>The last 100 CSV rows skipped, with line numbers and reasons.</summary>
    public IReadOnlyList<CsvRowError> RecentRowErrors => [.. _recentRowErrors];

    internal void AddLines(long lines) => Interlocked.Add(ref _lines, lines);

    internal void AddMessages(long messages) => Interlocked.Add(ref _messages, messages);

    internal void AddPosition() => Interlocked.Increment(ref _positions);

    internal void AddStatic() => Interlocked.Increment(ref _statics);

    internal void AddConnection(DateTimeOffset at)
    {
        Interlocked.Increment(ref _connections);
        Interlocked.Exchange(ref _linkChangedTicks, at.UtcTicks);
        Volatile.Write(ref _connected, true);
    }

    internal void Disconnected(DateTimeOffset at, string why)
    {
        Volatile.Write(ref _disconnection, why);
        Interlocked.Exchange(ref _linkChangedTicks, at.UtcTicks);
        Volatile.Write(ref _connected, false);
    }

    internal void Received(DateTimeOffset at) => Interlocked.Exchange(ref _lastInputTicks, at.UtcTicks);

    internal void AddReconnect() => Interlocked.Increment(ref _reconnects);

    internal void AddRejects(string reason, long lines)
    {
        if (lines == 0)
        {
            return;
        }
        Interlocked.Add(ref _rejectedLines, lines);
        _rejectsByReason.AddOrUpdate(reason, lines, (_, total) => total + lines);
    }

    internal void AddRowError(CsvRowError error)
    {
        AddRejects(error.Reason, 1);
        _recentRowErrors.Enqueue(error);
        while (_recentRowErrors.Count > KeptRowErrors && _recentRowErrors.TryDequeue(out _))
        {
        }
    }

    // 0 stands for "never": no feed runs at 0001-01-01.
    private static DateTimeOffset? TimeOf(long utcTicks) => utcTicks == 0 ? null : new DateTimeOffset(utcTicks, TimeSpan.Zero);
}
