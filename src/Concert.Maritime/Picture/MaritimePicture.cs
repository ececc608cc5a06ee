using System.Collections.Concurrent;
using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// The live maritime picture: the latest merged state of every station heard, indexed by MMSI and by position.
/// </summary>
/// <remarks>
/// One writer (the ingest pipeline, through <see cref="Apply"/>) and any number of readers that never take a lock and
/// never block the writer. States are immutable snapshots published by reference, so a returned state never changes
/// under its reader; viewport queries walk only the grid cells the box touches (see <see cref="SpatialGrid"/> for how a
/// cell is read consistently while the writer moves vessels).
/// </remarks>
public sealed class MaritimePicture
{
    // Serialises writers (there should be one); readers never take it.
    private readonly Lock _writerGate = new();
    private readonly ConcurrentDictionary<uint, int> _slotOfMmsi = new();
    private readonly SpatialGrid _grid;
    private readonly ChangeJournal _journal;
    private VesselState[] _states = new VesselState[1024];
    private int _count;

    /// <summary>Creates an empty picture.</summary>
    /// <param name="options">Thresholds, grid and clock; <see cref="PictureOptions.Default"/> when null.</param>
    public MaritimePicture(PictureOptions? options = null)
    {
        Options = options ?? PictureOptions.Default;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.StaleAfter, Options.LostAfter, nameof(options));
        _grid = new SpatialGrid(Options.CellDegrees);
        _journal = new ChangeJournal(Options.ChangeJournalCapacity);
    }

    /// <summary>The settings the picture was created with.</summary>
    public PictureOptions Options { get; }

    /// <summary>How many stations the picture holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Merges one decoded message into the picture. Only the writer calls this. Messages that carry no vessel state
    /// (base stations, binary and safety messages…) are ignored.
    /// </summary>
    /// <param name="message">The decoded message.</param>
    /// <param name="source">The receiving station (tag block <c>s:</c>), or null.</param>
    /// <param name="label">The label of the feed it came from.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <returns>The station's new state, or null when the message changed nothing.</returns>
    public VesselState? Apply<TMessage>(in TMessage message, string? source, ConfidentialityLabel label, DateTimeOffset receivedAt)
        where TMessage : struct, IAisMessage<TMessage>
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!VesselStateMerger.IsMerged(message.MessageType) || MaritimeIdentity.Of(message.Mmsi).Kind == MmsiKind.Invalid)
        {
            return null;
        }
        var provenance = new Provenance(message.MessageType, source, receivedAt, label);
        VesselState merged;
        lock (_writerGate)
        {
            bool known = _slotOfMmsi.TryGetValue(message.Mmsi, out int slot);
            VesselState current = known ? _states[slot] : new VesselState(message.Mmsi, label);
            merged = VesselStateMerger.Merge(current, in message, provenance, Options);
            if (known && ReferenceEquals(merged, current))
            {
                return null;
            }
            if (!known)
            {
                slot = _count;
                if (slot == _states.Length)
                {
                    VesselState[] larger = new VesselState[slot * 2];
                    _states.CopyTo(larger, 0);
                    Volatile.Write(ref _states, larger);
                }
            }
            // Publish the state before its slot, so a reader that finds the slot finds the state.
            Volatile.Write(ref _states[slot], merged);
            if (!known)
            {
                _slotOfMmsi[message.Mmsi] = slot;
                Volatile.Write(ref _count, slot + 1);
            }
            if (merged.Position is { } position)
            {
                _grid.Place(slot, position.Latitude, position.Longitude);
            }
            _journal.Record(slot);
        }
        return merged;
    }

    /// <summary>A handler that feeds every message an <see cref="Concert.Ais.Reading.AisLineDecoder"/> decodes into the picture.</summary>
    /// <param name="feedLabel">The label of the feed the lines come from.</param>
    public PictureFeedHandler HandlerFor(ConfidentialityLabel feedLabel) => new(this, feedLabel);

    /// <summary>The current state of one station, or null when it has not been heard.</summary>
    /// <param name="mmsi">The MMSI.</param>
    public VesselState? Find(uint mmsi) =>
        _slotOfMmsi.TryGetValue(mmsi, out int slot) ? Volatile.Read(ref _states)[slot] : null;

    /// <summary>
    /// The vessels in a box at a time that the viewer may see: positioned in <paramref name="box"/> (which may cross the
    /// antimeridian), not lost at <paramref name="at"/> unless <paramref name="includeLost"/>, and released by
    /// <paramref name="isReleased"/> (see <see cref="ReleaseFilter"/>). Ordered by MMSI. The answer is held in pooled
    /// memory: dispose it when done.
    /// </summary>
    /// <param name="box">The viewport.</param>
    /// <param name="at">The time staleness is judged at.</param>
    /// <param name="isReleased">Whether the viewer may see data under a label; decided here, inside the query.</param>
    /// <param name="includeLost">Also return vessels whose last position is older than <see cref="PictureOptions.LostAfter"/>.</param>
    public ViewportSightings Query(
        GeoBox box, DateTimeOffset at, Func<ConfidentialityLabel, bool> isReleased, bool includeLost = false)
    {
        ArgumentNullException.ThrowIfNull(isReleased);
        var collector = new ViewportCollector(Volatile.Read(ref _states), box, at, isReleased, Options, includeLost);
        try
        {
            _grid.Visit(box, ref collector);
            return collector.ToSightings();
        }
        finally
        {
            collector.Dispose();
        }
    }

    /// <summary>The number of the last change merged into the picture; it only grows. 0 before the first.</summary>
    public long ChangeSequence => _journal.Sequence;

    /// <summary>
    /// The current states of the stations changed after change <paramref name="after"/>, each once, in no particular
    /// order: what a reader that pushes changes needs, without reading the vessels that did not change.
    /// </summary>
    /// <param name="after">The <see cref="ChangeSequence"/> the reader read last.</param>
    /// <param name="upTo">The change sequence the answer is complete up to; pass it as <paramref name="after"/> next time.</param>
    /// <param name="changed">Receives the states (a state may be newer than <paramref name="upTo"/>).</param>
    /// <returns>
    /// False when the picture no longer remembers every change since <paramref name="after"/> (more than
    /// <see cref="PictureOptions.ChangeJournalCapacity"/> changes ago): read the whole view with <see cref="Query"/> instead.
    /// </returns>
    public bool TryGetChangesSince(long after, out long upTo, ICollection<VesselState> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var slots = new HashSet<int>();
        if (!_journal.TryRead(after, out upTo, slots))
        {
            return false;
        }
        VesselState[] states = Volatile.Read(ref _states);
        foreach (int slot in slots)
        {
            changed.Add(Volatile.Read(ref states[slot]));
        }
        return true;
    }

    /// <summary>
    /// Whether a <see cref="Query"/> of <paramref name="box"/> at <paramref name="at"/> would find the state by place and
    /// age (release aside): it has a position in the box that is not lost.
    /// </summary>
    /// <param name="state">The vessel.</param>
    /// <param name="box">The viewport.</param>
    /// <param name="at">The time staleness is judged at.</param>
    public bool IsInView(VesselState state, GeoBox box, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Position is { } position
            && box.Contains(position.Latitude, position.Longitude)
            && position.Provenance.ReceivedAt >= at - Options.LostAfter;
    }

    /// <summary>Every station's current state, in no particular order.</summary>
    public IReadOnlyList<VesselState> Snapshot()
    {
        int count = Volatile.Read(ref _count);
        return Volatile.Read(ref _states).AsSpan(0, count).ToArray();
    }
}
