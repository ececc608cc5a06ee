using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// The live maritime picture: the latest merged state of every station heard, indexed by MMSI and by position.
/// </summary>
/// <remarks>
/// One writer (the ingest pipeline, through <see cref="Apply"/>) and any number of readers that never take a lock and
/// never block the writer. States are immutable snapshots, so a returned state never changes under its reader. The
/// committed feed's position reports are the bulk of the writes: they are kept as plain values in the vessel's
/// <see cref="VesselSlot"/> and become a state only when a reader asks for the vessel (see <see cref="VesselSlot"/> for
/// how a reader never sees half of one); while the writer gate is held, several threads may write the fixes of
/// different vessels at once (<see cref="WriteFix"/>, <see cref="PositionPartition"/>). Viewport queries walk only the grid cells the box touches (see
/// <see cref="SpatialGrid"/> for how a cell is read consistently while the writer moves vessels).
/// </remarks>
public sealed class MaritimePicture
{
    // Serialises writers (there should be one); readers never take it.
    private readonly Lock _writerGate = new();
    private readonly MmsiSlotTable _slotOfMmsi = new();
    private readonly SpatialGrid _grid;
    private readonly ChangeJournal _journal;
    private PictureEntry[] _entries = new PictureEntry[1024];
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
            bool known = _slotOfMmsi.TryGetSlot(message.Mmsi, out int slot);
            VesselStateDraft draft = known
                ? _entries[slot].Slot.WriterDraft(_entries[slot].State)
                : new VesselStateDraft(new VesselState(message.Mmsi, label));
            VesselState? changed = VesselStateMerger.Merge(ref draft, in message, provenance, Options);
            if (changed is null && known)
            {
                return null;
            }
            merged = changed ?? draft.ToState();
            if (known)
            {
                _entries[slot].Slot.Publish(merged, ref _entries[slot].State);
            }
            else
            {
                slot = AddSlot(message.Mmsi, merged);
            }
            VesselPosition? position = merged.Position;
            Placed(slot, position is not null, position?.Latitude ?? 0, position?.Longitude ?? 0);
        }
        return merged;
    }

    /// <summary>
    /// Merges one position report as <see cref="Apply"/> does, without making a state: the report is kept as plain
    /// values in the vessel's slot until a reader asks for the vessel, so a vessel that reports every few seconds costs
    /// a state only as often as it is read. Only the writer calls this. The first report of a station, reports whose
    /// label would have to be combined with those of the vessel's other parts, and any other message type take the full
    /// merge of <see cref="Apply"/>.
    /// </summary>
    /// <param name="report">The report: class A (1–3), class B (18), SAR aircraft (9) or long range (27).</param>
    /// <param name="label">The label of the feed it came from.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="source">The receiving station (tag block <c>s:</c>), or null.</param>
    /// <returns>Whether the picture changed.</returns>
    public bool ApplyPosition<TReport>(in TReport report, ConfidentialityLabel label, DateTimeOffset receivedAt, string? source = null)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport
    {
        ArgumentNullException.ThrowIfNull(label);
        if (typeof(TReport) != typeof(PositionReportClassA) && typeof(TReport) != typeof(PositionReportClassB)
            && typeof(TReport) != typeof(SarAircraftPositionReport) && typeof(TReport) != typeof(LongRangePositionReport))
        {
            return Apply(in report, source, label, receivedAt) is not null;
        }
        lock (_writerGate)
        {
            if (!_slotOfMmsi.TryGetSlot(report.Mmsi, out int slot))
            {
                // A new station (or an invalid MMSI, which the full merge turns away): its first state is made once.
                return Apply(in report, source, label, receivedAt) is not null;
            }
            switch (WriteFix(in report, label, receivedAt, source, slot, out double latitude, out double longitude))
            {
                case FixOutcome.NeedsFullMerge:
                    return Apply(in report, source, label, receivedAt) is not null;
                case FixOutcome.Unchanged:
                    return false;
                case FixOutcome.ClassChanged:
                    _journal.Record(slot);
                    return true;
                default:
                    Placed(slot, true, latitude, longitude);
                    return true;
            }
        }
    }

    /// <summary>
    /// The writer's part of <see cref="ApplyPosition"/> for a station that has a slot: records the report in the slot's
    /// fix and says what else changed (the grid and the journal are the caller's). Touches nothing but the slot, so
    /// several threads may call it at once for slots of different stations while the writer gate is held and no slot is
    /// added (<see cref="CommittedPictureFeed"/> applies a batch partitioned by MMSI this way).
    /// </summary>
    /// <param name="report">A class A, class B, SAR aircraft or long-range report.</param>
    /// <param name="label">The label of the feed it came from.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="source">The receiving station (tag block <c>s:</c>), or null.</param>
    /// <param name="slot">The station's slot.</param>
    /// <param name="latitude">The new latitude when the outcome is <see cref="FixOutcome.Positioned"/>.</param>
    /// <param name="longitude">The new longitude, in [−180, 180), when the outcome is <see cref="FixOutcome.Positioned"/>.</param>
    internal FixOutcome WriteFix<TReport>(in TReport report, ConfidentialityLabel label, DateTimeOffset receivedAt, string? source, int slot, out double latitude, out double longitude)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport
    {
        latitude = longitude = 0;
        ref PictureEntry entry = ref _entries[slot];
        VesselSlot vessel = entry.Slot;
        if (!vessel.OtherPartsAgree || (vessel.OtherPartsLabel is { } other && !ReferenceEquals(other, label) && !other.Equals(label)))
        {
            return FixOutcome.NeedsFullMerge;
        }
        VesselState baseState = vessel.Base;
        bool pending = vessel.TryGetFix(out PositionFix fix);
        VesselClass currentClass = pending ? fix.Class : baseState.Class;
        DateTimeOffset lastReceivedAt = pending ? fix.LastReceivedAt : baseState.LastReceivedAt;
        DateTimeOffset? heldAt = pending && fix.HasPosition ? fix.ReceivedAt : baseState.Position?.Provenance.ReceivedAt;
        // Type 27 is sent by class A units (and some class B SO); it does not change what is already known.
        VesselClass kind =
            typeof(TReport) == typeof(PositionReportClassA) ? VesselClass.ClassA
            : typeof(TReport) == typeof(PositionReportClassB) ? VesselClass.ClassB
            : typeof(TReport) == typeof(SarAircraftPositionReport) ? VesselClass.SarAircraft
            : currentClass == VesselClass.Unknown ? VesselClass.ClassA : currentClass;
        if (report.Latitude is not { } reportedLatitude || report.Longitude is not { } reportedLongitude || heldAt > receivedAt)
        {
            // No position, or an older one than held: the report still tells what kind of station it is.
            if (currentClass == kind)
            {
                return FixOutcome.Unchanged;
            }
            fix = pending
                ? fix with { Class = kind, LastReceivedAt = Later(lastReceivedAt, receivedAt) }
                : new PositionFix(
                    false, 0, 0, null, null, null, null, null, false, 0, null, default, label, kind, baseState.Label,
                    Later(lastReceivedAt, receivedAt));
            vessel.Write(in fix, ref entry.State);
            return FixOutcome.ClassChanged;
        }
        latitude = reportedLatitude;
        // The raw field allows exactly 180°, which is −180°: keep longitudes in [−180, 180).
        longitude = reportedLongitude >= 180 ? reportedLongitude - 360 : reportedLongitude;
        vessel.Write(new PositionFix(
            true, latitude, longitude, report.SpeedKnots, report.CourseDegrees, report.HeadingDegrees, StatusOf(in report), AltitudeOf(in report),
            report.Accuracy, report.MessageType, source, receivedAt, label, kind, label, Later(lastReceivedAt, receivedAt)), ref entry.State);
        return FixOutcome.Positioned;
    }

    /// <summary>Holds the writer gate for a batch of writes (<see cref="WriteFix"/> from several threads, then the rest).</summary>
    internal Lock.Scope EnterWriter() => _writerGate.EnterScope();

    /// <summary>The slot of a station, if it has one. Any thread.</summary>
    internal bool TryGetSlot(uint mmsi, out int slot) => _slotOfMmsi.TryGetSlot(mmsi, out slot);

    /// <summary>Starts loading where the slot of <paramref name="mmsi"/> is looked up, for a lookup a few reports on.</summary>
    internal void PrefetchSlotOf(uint mmsi) => _slotOfMmsi.Prefetch(mmsi);

    /// <summary>Starts loading a slot's entry, for a <see cref="PrefetchVessel"/> a few reports on. Writer only.</summary>
    internal unsafe void PrefetchEntry(int slot)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _entries[slot]));
        }
    }

    /// <summary>Starts loading a slot's vessel, for a <see cref="WriteFix"/> a few reports on. Writer only.</summary>
    internal void PrefetchVessel(int slot) => VesselSlot.Prefetch(_entries[slot].Slot);

    /// <summary>Records, after a <see cref="WriteFix"/>, what changed: the journal and, for a position, the grid. Writer only.</summary>
    internal void Recorded(int slot, FixOutcome outcome, double latitude, double longitude)
    {
        if (outcome == FixOutcome.Positioned)
        {
            Placed(slot, true, latitude, longitude);
        }
        else if (outcome == FixOutcome.ClassChanged)
        {
            _journal.Record(slot);
        }
    }

    // The fields only some reports carry, as VesselStateMerger reads them.
    private static int? StatusOf<TReport>(in TReport report)
        where TReport : struct
    {
        if (typeof(TReport) == typeof(PositionReportClassA))
        {
            return Unsafe.As<TReport, PositionReportClassA>(ref Unsafe.AsRef(in report)).Status;
        }
        return typeof(TReport) == typeof(LongRangePositionReport)
            ? Unsafe.As<TReport, LongRangePositionReport>(ref Unsafe.AsRef(in report)).Status
            : null;
    }

    private static int? AltitudeOf<TReport>(in TReport report)
        where TReport : struct =>
        typeof(TReport) == typeof(SarAircraftPositionReport)
            ? Unsafe.As<TReport, SarAircraftPositionReport>(ref Unsafe.AsRef(in report)).AltitudeMeters
            : null;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => b > a ? b : a;

    private int AddSlot(uint mmsi, VesselState state)
    {
        int slot = _count;
        if (slot == _entries.Length)
        {
            // The slots are shared; the built states are not copied, since a reader may just have put a stale one in the
            // old array that it is about to take back there. A slot without a pending position is its base state.
            PictureEntry[] larger = new PictureEntry[slot * 2];
            for (int i = 0; i < slot; i++)
            {
                VesselSlot vessel = _entries[i].Slot;
                larger[i] = new PictureEntry { Slot = vessel, State = vessel.TryGetFix(out _) ? null : vessel.Base };
            }
            Volatile.Write(ref _entries, larger);
        }
        // Publish the slot before its number, so a reader that finds the number finds the slot.
        _entries[slot].State = state;
        Volatile.Write(ref _entries[slot].Slot, new VesselSlot(state));
        _slotOfMmsi.Add(mmsi, slot);
        Volatile.Write(ref _count, slot + 1);
        return slot;
    }

    private void Placed(int slot, bool positioned, double latitude, double longitude)
    {
        if (positioned)
        {
            _grid.Place(slot, latitude, longitude);
        }
        _journal.Record(slot);
    }

    /// <summary>A handler that feeds every message an <see cref="Concert.Ais.Reading.AisLineDecoder"/> decodes into the picture.</summary>
    /// <param name="feedLabel">The label of the feed the lines come from.</param>
    public PictureFeedHandler HandlerFor(ConfidentialityLabel feedLabel) => new(this, feedLabel);

    /// <summary>The current state of one station, or null when it has not been heard.</summary>
    /// <param name="mmsi">The MMSI.</param>
    public VesselState? Find(uint mmsi) =>
        _slotOfMmsi.TryGetSlot(mmsi, out int slot) ? StateOf(Volatile.Read(ref _entries), slot) : null;

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
        var collector = new ViewportCollector(Volatile.Read(ref _entries), box, at, isReleased, Options, includeLost);
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
        PictureEntry[] entries = Volatile.Read(ref _entries);
        foreach (int slot in slots)
        {
            changed.Add(StateOf(entries, slot));
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
        PictureEntry[] entries = Volatile.Read(ref _entries);
        var states = new VesselState[count];
        for (int slot = 0; slot < count; slot++)
        {
            states[slot] = StateOf(entries, slot);
        }
        return states;
    }

    /// <summary>The current state of a slot that exists in <paramref name="entries"/>. Any thread.</summary>
    internal static VesselState StateOf(PictureEntry[] entries, int slot)
    {
        ref PictureEntry entry = ref entries[slot];
        return Volatile.Read(ref entry.State) ?? Volatile.Read(ref entry.Slot).Current(ref entry.State);
    }
}
