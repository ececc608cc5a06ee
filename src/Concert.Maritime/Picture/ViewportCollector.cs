using System.Buffers;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Gathers, for one viewport query, the vessels of the grid cells a box touches that really lie in the box, are recent
/// enough and are released to the viewer, into pooled arrays; <see cref="ToSightings"/> orders them by MMSI.
/// </summary>
/// <remarks>
/// Ordering sorts one 64-bit key per vessel (MMSI above, arrival index below) rather than the sightings themselves:
/// moving a struct that holds a reference costs a GC write barrier per move. Release is asked once per run of equal
/// labels, since the vessels of a cell mostly share their feed's label instance.
/// </remarks>
internal struct ViewportCollector(
    PictureEntry[] entries, GeoBox box, DateTimeOffset at, Func<ConfidentialityLabel, bool> isReleased, PictureOptions options, bool includeLost)
    : ISlotVisitor, IDisposable
{
    private const int InitialCapacity = 1024;

    private readonly DateTimeOffset _lostBefore = at - options.LostAfter;
    private VesselSighting[] _found = ArrayPool<VesselSighting>.Shared.Rent(InitialCapacity);
    private ulong[] _order = ArrayPool<ulong>.Shared.Rent(InitialCapacity);
    private int _count;
    private ConfidentialityLabel? _lastLabel;
    private bool _lastReleased;

    public void Visit(int slot)
    {
        // A slot added after this query took the slot array is a vessel too new for it.
        VesselState? state = (uint)slot < (uint)entries.Length && Volatile.Read(ref entries[slot].Slot) is not null
            ? MaritimePicture.StateOf(entries, slot)
            : null;
        if (state?.Position is not { } position || !box.Contains(position.Latitude, position.Longitude))
        {
            return;
        }
        DateTimeOffset receivedAt = position.Provenance.ReceivedAt;
        if ((!includeLost && receivedAt < _lostBefore) || !IsReleased(state.Label))
        {
            return;
        }
        if (_count == _found.Length)
        {
            Grow();
        }
        TimeSpan age = at - receivedAt;
        _found[_count] = new VesselSighting(state, age, options.Classify(age));
        _order[_count] = (ulong)state.Mmsi << 32 | (uint)_count;
        _count++;
    }

    /// <summary>The gathered sightings by MMSI, each vessel once (one moving between cells during the read can be seen twice).</summary>
    public readonly ViewportSightings ToSightings()
    {
        Span<ulong> order = _order.AsSpan(0, _count);
        order.Sort();
        VesselSighting[] sorted = ArrayPool<VesselSighting>.Shared.Rent(Math.Max(_count, 1));
        int distinct = 0;
        ulong previousMmsi = ulong.MaxValue;
        foreach (ulong key in order)
        {
            ulong mmsi = key >> 32;
            if (mmsi != previousMmsi)
            {
                sorted[distinct++] = _found[(int)(uint)key];
                previousMmsi = mmsi;
            }
        }
        return new ViewportSightings(sorted, distinct);
    }

    public void Dispose()
    {
        ArrayPool<VesselSighting>.Shared.Return(_found, clearArray: true);
        ArrayPool<ulong>.Shared.Return(_order);
        _found = [];
        _order = [];
    }

    private bool IsReleased(ConfidentialityLabel label)
    {
        if (!ReferenceEquals(label, _lastLabel))
        {
            _lastReleased = isReleased(label);
            _lastLabel = label;
        }
        return _lastReleased;
    }

    private void Grow()
    {
        VesselSighting[] found = ArrayPool<VesselSighting>.Shared.Rent(_found.Length * 2);
        ulong[] order = ArrayPool<ulong>.Shared.Rent(_found.Length * 2);
        _found.AsSpan(0, _count).CopyTo(found);
        _order.AsSpan(0, _count).CopyTo(order);
        ArrayPool<VesselSighting>.Shared.Return(_found, clearArray: true);
        ArrayPool<ulong>.Shared.Return(_order);
        _found = found;
        _order = order;
    }
}
