using System.Runtime.InteropServices;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Recognises the same message heard by several receivers: two receptions with the same payload hash whose times are
/// within <see cref="Window"/> of the first are one message. Keeps each first reception's place so that later ones can
/// raise its receiver count. Memory is bounded by the messages of one window. Not thread-safe.
/// </summary>
internal sealed class Deduplicator
{
    private readonly Dictionary<ulong, FirstReception> _seen = [];
    private readonly Queue<(ulong Hash, long Time)> _byAge = new();
    private readonly long _windowMicros;
    private long _latest = long.MinValue;

    public Deduplicator(TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        Window = window;
        _windowMicros = (long)window.TotalMicroseconds;
    }

    public TimeSpan Window { get; }

    /// <summary>Messages currently remembered.</summary>
    public int Remembered => _seen.Count;

    /// <summary>
    /// Looks up a reception. Returns true, with the first reception's bookkeeping, when it repeats a message seen within the
    /// window; otherwise remembers it under <paramref name="batchGeneration"/> and <paramref name="batchIndex"/>.
    /// </summary>
    public bool IsRepeat(ulong hash, long timeMicros, int batchGeneration, int batchIndex, out FirstReception first)
    {
        if (timeMicros > _latest)
        {
            _latest = timeMicros;
            Forget(_latest - _windowMicros);
        }
        // One lookup for the test and the update: the table holds a window of a busy network's messages, far more than
        // the caches do, so every probe is a likely miss.
        ref FirstReception entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, hash, out bool exists);
        if (exists && Math.Abs(timeMicros - entry.TimeMicros) <= _windowMicros)
        {
            entry = entry with { Receptions = (byte)Math.Min(entry.Receptions + 1, byte.MaxValue) };
            first = entry;
            return true;
        }
        entry = new FirstReception(timeMicros, batchGeneration, batchIndex, 1);
        first = entry;
        _byAge.Enqueue((hash, timeMicros));
        return false;
    }

    private void Forget(long before)
    {
        while (_byAge.TryPeek(out (ulong Hash, long Time) oldest) && oldest.Time < before)
        {
            _byAge.Dequeue();
            // A later reception of the same payload may have replaced the entry; only the one queued here goes (the other
            // is put back: one lookup in the usual case).
            if (_seen.Remove(oldest.Hash, out FirstReception current) && current.TimeMicros != oldest.Time)
            {
                _seen.Add(oldest.Hash, current);
            }
        }
    }

    /// <summary>Where the first reception of a message went and how many receptions it has had.</summary>
    /// <param name="TimeMicros">Its time.</param>
    /// <param name="BatchGeneration">The batch it was put in.</param>
    /// <param name="BatchIndex">Its index in that batch's positions (−1 for a static report).</param>
    /// <param name="Receptions">Receptions so far, the first included.</param>
    public readonly record struct FirstReception(long TimeMicros, int BatchGeneration, int BatchIndex, byte Receptions);
}
