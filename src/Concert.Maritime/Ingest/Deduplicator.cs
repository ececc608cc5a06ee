using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Recognises the same message heard by several receivers: two receptions with the same payload hash whose times are
/// within <see cref="Window"/> of each other are one message. Keeps each first reception's place so that later ones can
/// raise its receiver count. Not thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// A first reception is remembered until the newest time seen has moved on by more than the window from the newest time
/// when it was remembered (its horizon): in-order traffic forgets a message one window after it was sent, and a late
/// receiver's copy is still matched for one window of the feed's progress.
/// </para>
/// <para>
/// The table is open addressing with linear probing, keyed by the payload hash: a lookup is one probe sequence, mostly
/// within one cache line, where a dictionary plus an age queue took three to four scattered accesses. Forgotten entries
/// are removed by a sweep that walks the table in order as the newest time advances, one whole pass per window of stream
/// time, deleting by backward shift (no tombstones). So the table holds at most about two windows of messages, and it
/// doubles when more than half full.
/// </para>
/// </remarks>
internal sealed class Deduplicator
{
    private const int MinimumCapacity = 16;
    private const ulong Fibonacci = 0x9E3779B97F4A7C15;
    private const long MicrosPerSecond = 1_000_000;

    private readonly long _windowMicros;
    private Slot[] _slots;
    private int _shift;
    private int _occupied;
    private int _sweepCursor;
    private long _sweepCredit;
    private long _latest = long.MinValue;

    public Deduplicator(TimeSpan window, int initialCapacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        Window = window;
        _windowMicros = (long)window.TotalMicroseconds;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(initialCapacity, MinimumCapacity));
        _slots = new Slot[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
    }

    public TimeSpan Window { get; }

    /// <summary>Entries held: every message still remembered, and forgotten ones the sweep has not reached yet.</summary>
    public int Occupied => _occupied;

    /// <summary>Slots in the table (a power of two).</summary>
    public int Capacity => _slots.Length;

    /// <summary>
    /// Looks up a reception. Returns true, with the first reception's bookkeeping, when it repeats a message remembered
    /// within the window; otherwise remembers it under <paramref name="batchGeneration"/> and <paramref name="batchIndex"/>.
    /// </summary>
    public bool IsRepeat(ulong hash, long timeMicros, int batchGeneration, int batchIndex, out FirstReception first)
    {
        if (timeMicros > _latest)
        {
            Advance(timeMicros);
        }
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        int index = Home(hash);
        while (true)
        {
            ref Slot slot = ref slots[index];
            if (!slot.IsOccupied)
            {
                if (_occupied + 1 > slots.Length / 2)
                {
                    Grow();
                    return IsRepeat(hash, timeMicros, batchGeneration, batchIndex, out first);
                }
                _occupied++;
                break;
            }
            if (slot.Hash == hash)
            {
                if (IsRemembered(slot) && Math.Abs(timeMicros - slot.Reception.TimeMicros) <= _windowMicros)
                {
                    FirstReception stored = slot.Reception;
                    slot.Reception = stored with { Receptions = (byte)Math.Min(stored.Receptions + 1, byte.MaxValue) };
                    first = slot.Reception;
                    return true;
                }
                break;
            }
            index = (index + 1) & mask;
        }
        ref Slot target = ref slots[index];
        target.Hash = hash;
        target.Horizon = _latest;
        target.Reception = new FirstReception(timeMicros, batchGeneration, batchIndex, 1);
        first = target.Reception;
        return false;
    }

    /// <summary>
    /// Starts loading the slot where <paramref name="hash"/> is looked for into the cache, so that a caller going through
    /// many receptions can look a few ahead and find each slot cached when it gets there (the table is larger than the caches).
    /// </summary>
    public unsafe void Prefetch(ulong hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[Home(hash)]));
        }
    }

    private bool IsRemembered(in Slot slot) => slot.Horizon >= _latest - _windowMicros;

    private int Home(ulong hash) => (int)((hash * Fibonacci) >> _shift);

    // The sweep earns one pass over the table per window of stream time (at least per second, so that a zero window still
    // forgets), spread over the advances; a jump of a window or more pays one whole pass.
    private void Advance(long timeMicros)
    {
        long step = _latest == long.MinValue ? 0 : timeMicros - _latest;
        _latest = timeMicros;
        if (_occupied == 0 || step <= 0)
        {
            return;
        }
        long period = Math.Max(_windowMicros, MicrosPerSecond);
        long pass = _slots.Length;
        _sweepCredit = step >= period ? pass : Math.Min(pass, _sweepCredit + (long)((double)step / period * pass) + 1);
        Sweep();
    }

    private void Sweep()
    {
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        while (_sweepCredit > 0)
        {
            ref Slot slot = ref slots[_sweepCursor];
            if (slot.IsOccupied && !IsRemembered(slot))
            {
                // Stay on this slot: the backward shift may have moved a later entry into it.
                Remove(_sweepCursor);
                continue;
            }
            _sweepCursor = (_sweepCursor + 1) & mask;
            _sweepCredit--;
        }
    }

    // Backward-shift deletion: pulls each following entry of the cluster back into the hole unless its home lies
    // cyclically after the hole, so every probe sequence stays unbroken without tombstones.
    private void Remove(int hole)
    {
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        int next = (hole + 1) & mask;
        while (slots[next].IsOccupied)
        {
            int home = Home(slots[next].Hash);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                slots[hole] = slots[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        slots[hole] = default;
        _occupied--;
    }

    // Rehashes what is still remembered into a table twice as large (the same size when forgetting freed enough).
    private void Grow()
    {
        Slot[] old = _slots;
        int remembered = 0;
        foreach (ref readonly Slot slot in old.AsSpan())
        {
            if (slot.IsOccupied && IsRemembered(slot))
            {
                remembered++;
            }
        }
        int capacity = remembered * 4 > old.Length ? old.Length * 2 : old.Length;
        _slots = new Slot[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _occupied = 0;
        _sweepCursor = 0;
        _sweepCredit = 0;
        int mask = capacity - 1;
        foreach (ref readonly Slot slot in old.AsSpan())
        {
            if (slot.IsOccupied && IsRemembered(slot))
            {
                int index = Home(slot.Hash);
                while (_slots[index].IsOccupied)
                {
                    index = (index + 1) & mask;
                }
                _slots[index] = slot;
                _occupied++;
            }
        }
    }

    /// <summary>Where the first reception of a message went and how many receptions it has had.</summary>
    /// <param name="TimeMicros">Its time.</param>
    /// <param name="BatchGeneration">The batch it was put in.</param>
    /// <param name="BatchIndex">Its index in that batch's positions (−1 for a static report).</param>
    /// <param name="Receptions">Receptions so far, the first included.</param>
    public readonly record struct FirstReception(long TimeMicros, int BatchGeneration, int BatchIndex, byte Receptions);

    // Receptions is at least 1 in a used slot, so an all-zero slot is empty whatever its hash.
    private struct Slot
    {
        public ulong Hash;
        public long Horizon;
        public FirstReception Reception;

        public readonly bool IsOccupied => Reception.Receptions != 0;
    }
}
