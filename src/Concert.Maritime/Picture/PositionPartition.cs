using System.Numerics;
using Concert.Maritime.Ingest;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// One share of a committed batch's positions, split by MMSI so that every vessel has exactly one writer: the
/// partitions write their vessels' fixes at the same time, each on its own thread (<see cref="Write"/>), then the
/// picture's writer records what changed in the journal and the grid (<see cref="Record"/>), which are shared, and
/// merges the reports left for the full merge (<see cref="Deferred"/>), all in batch order.
/// </summary>
/// <remarks>
/// A report is left for the full merge when its station has no slot yet (the slot is added by the writer, alone; a report
/// whose MMSI is invalid is dropped here, as the full merge would drop it) or
/// when its label must be combined with those of the vessel's other parts; every later report of that vessel in the
/// batch is then left too, so a vessel's reports are merged in the order they came. The slot lookups run ahead of the
/// writes in three stages (the MMSI table's entry, the slot's entry, the vessel), so that the cache misses of a few
/// vessels overlap: a batch touches most of the picture's vessels once each, in no order the caches can follow.
/// Reused from batch to batch; not thread-safe.
/// </remarks>
internal sealed class PositionPartition(
    MaritimePicture picture, Func<ushort, ConfidentialityLabel> labelOf, Func<ushort, string?> stationOf, int index, int count)
{
    // Reports between two stages of the lookup: each stage's cache miss has that many reports' work to hide behind.
    private const int Stride = 4;
    private const int NoSlot = -1;
    private readonly HashSet<uint> _deferredVessels = [];
    private int[] _mine = [];
    private int[] _slots = [];
    private PositionChange[] _changes = [];
    private int _changeCount;
    private int[] _deferred = [];
    private int _deferredCount;
    private string?[] _stationNames = [];

    /// <summary>The batch indices of this partition's reports left for the full merge, in batch order.</summary>
    public ReadOnlySpan<int> Deferred => _deferred.AsSpan(0, _deferredCount);

    /// <summary>The partition of <paramref name="mmsi"/> among <paramref name="partitions"/>.</summary>
    public static int Of(uint mmsi, int partitions) => (int)((ulong)(mmsi * 2_654_435_769u) * (uint)partitions >> 32);

    /// <summary>Writes the fixes of this partition's vessels. Runs beside the other partitions while the writer gate is held.</summary>
    /// <param name="positions">The whole batch.</param>
    public void Write(ReadOnlySpan<PositionRecord> positions)
    {
        if (_mine.Length < positions.Length)
        {
            // A power of two: batches come in every size up to the full one, and each larger one used to replace all four.
            int length = (int)BitOperations.RoundUpToPowerOf2((uint)positions.Length);
            _mine = new int[length];
            _slots = new int[length];
            _changes = new PositionChange[length];
            _deferred = new int[length];
        }
        int mine = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            if (Of(positions[i].Mmsi, count) == index)
            {
                _mine[mine++] = i;
            }
        }
        _changeCount = 0;
        _deferredCount = 0;
        _deferredVessels.Clear();
        ushort labelId = 0;
        ConfidentialityLabel? label = null;
        for (int step = 0; step < mine + 3 * Stride; step++)
        {
            if (step < mine)
            {
                picture.PrefetchSlotOf(positions[_mine[step]].Mmsi);
            }
            int looked = step - Stride;
            if ((uint)looked < (uint)mine)
            {
                bool known = picture.TryGetSlot(positions[_mine[looked]].Mmsi, out int slot);
                _slots[looked] = known ? slot : NoSlot;
                if (known)
                {
                    picture.PrefetchEntry(slot);
                }
            }
            int loaded = step - 2 * Stride;
            if ((uint)loaded < (uint)mine && _slots[loaded] != NoSlot)
            {
                picture.PrefetchVessel(_slots[loaded]);
            }
            int written = step - 3 * Stride;
            if ((uint)written < (uint)mine)
            {
                ref readonly PositionRecord position = ref positions[_mine[written]];
                if (label is null || position.LabelId != labelId)
                {
                    labelId = position.LabelId;
                    label = labelOf(labelId);
                }
                WriteOne(in position, _mine[written], _slots[written], label);
            }
        }
    }

    /// <summary>Records the changes written in the journal and the grid. Writer only, after every partition's <see cref="Write"/>.</summary>
    public void Record()
    {
        foreach (PositionChange change in _changes.AsSpan(0, _changeCount))
        {
            picture.Recorded(change.Slot, change.Outcome, change.Latitude, change.Longitude);
        }
    }

    private void WriteOne(in PositionRecord position, int batchIndex, int slot, ConfidentialityLabel label)
    {
        if (slot == NoSlot && MaritimeIdentity.Of(position.Mmsi).Kind == MmsiKind.Invalid)
        {
            // The full merge turns it away: no country, no station to show.
            return;
        }
        // A station without a slot has none for the whole batch (slots are added by the writer, after the partitions), so
        // its later reports are deferred by that alone; only vessels deferred for their label need the set, rarely.
        if (slot == NoSlot)
        {
            _deferred[_deferredCount++] = batchIndex;
            return;
        }
        if (_deferredVessels.Count > 0 && _deferredVessels.Contains(position.Mmsi))
        {
            Defer(position.Mmsi, batchIndex);
            return;
        }
        var sink = new FixWritingSink(picture, label, StationOf(position.StationId), slot);
        CommittedPictureFeed.Rebuild(in position, ref sink);
        switch (sink.Outcome)
        {
            case FixOutcome.NeedsFullMerge:
                Defer(position.Mmsi, batchIndex);
                break;
            case FixOutcome.Unchanged:
                break;
            default:
                _changes[_changeCount++] = new PositionChange(slot, sink.Outcome, sink.Latitude, sink.Longitude);
                break;
        }
    }

    // A station's name never changes once registered, so each partition keeps those it has met by id: a position costs an
    // array read instead of a delegate call and a concurrent dictionary's lookup.
    private string? StationOf(ushort id)
    {
        if (id < _stationNames.Length && _stationNames[id] is { } known)
        {
            return known;
        }
        string? name = stationOf(id);
        if (name is not null)
        {
            if (id >= _stationNames.Length)
            {
                Array.Resize(ref _stationNames, Math.Max(id + 1, 2 * _stationNames.Length));
            }
            _stationNames[id] = name;
        }
        return name;
    }

    private void Defer(uint mmsi, int batchIndex)
    {
        _deferred[_deferredCount++] = batchIndex;
        _deferredVessels.Add(mmsi);
    }
}
