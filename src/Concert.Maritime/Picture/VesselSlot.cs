using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Where the picture keeps one station: its last merged <see cref="VesselState"/> (the base) and the position reports
/// merged since as a <see cref="PositionFix"/>. The state a reader last built from the two is kept beside it, in the
/// picture's <see cref="PictureEntry"/>, and passed in by reference.
/// </summary>
/// <remarks>
/// A position costs the writer no allocation: it overwrites the fix under a sequence lock (the version is odd while it
/// writes) and drops the published state. A reader returns the published state when there is one; otherwise it copies
/// base and fix, retries if the version moved meanwhile (so it never sees half a fix), builds the state and publishes it
/// for the next readers, taking it back if the writer moved on while it built. Static data and the rarer reports go
/// through the full merge and replace the base. A state once returned never changes.
/// </remarks>
internal sealed class VesselSlot
{
    private int _version;
    private VesselState _base;
    private PositionFix _fix;
    private bool _hasFix;

    public VesselSlot(VesselState initial)
    {
        _base = initial;
        OtherPartsLabel = OtherPartsLabelOf(initial, out bool agree);
        OtherPartsAgree = agree;
    }

    /// <summary>
    /// The one label of the base's parts other than its position, or null when it has none. Writer only. A position
    /// under the same label leaves the state's label that label, with no need to combine labels.
    /// </summary>
    public ConfidentialityLabel? OtherPartsLabel { get; private set; }

    /// <summary>False when the base's parts other than its position carry different labels. Writer only.</summary>
    public bool OtherPartsAgree { get; private set; }

    /// <summary>The station's current state. Any thread; lock-free.</summary>
    /// <param name="published">The state last built, null when the writer has changed the slot since.</param>
    public VesselState Current(ref VesselState? published)
    {
        if (Volatile.Read(ref published) is { } current)
        {
            return current;
        }
        var spinner = new SpinWait();
        while (true)
        {
            int version = Volatile.Read(ref _version);
            if ((version & 1) == 0)
            {
                VesselState baseState = Volatile.Read(ref _base);
                bool hasFix = _hasFix;
                PositionFix fix = _fix;
                // The copy's reads must be done before the version is read again (a load-load barrier, free on x64).
                Volatile.ReadBarrier();
                if (Volatile.Read(ref _version) == version)
                {
                    VesselState built = hasFix ? fix.AppliedTo(baseState) : baseState;
                    // Published for the next readers unless a newer one is; taken back if the writer changed the slot
                    // since the copy (it drops the published state after its change, so it cannot have dropped this one).
                    if (Interlocked.CompareExchange(ref published, built, null) is null && Volatile.Read(ref _version) != version)
                    {
                        Interlocked.CompareExchange(ref published, null, built);
                    }
                    return built;
                }
            }
            spinner.SpinOnce();
        }
    }

    /// <summary>
    /// The current state as the writer sees it, as a draft for a full merge: no state is built for it. Writer only.
    /// </summary>
    /// <param name="published">The state last built, if any.</param>
    public VesselStateDraft WriterDraft(VesselState? published)
    {
        if (published is not null)
        {
            return new VesselStateDraft(published);
        }
        return _hasFix ? new VesselStateDraft(_base, in _fix) : new VesselStateDraft(_base);
    }

    /// <summary>The pending fix, if any. Writer only.</summary>
    public bool TryGetFix(out PositionFix fix)
    {
        fix = _fix;
        return _hasFix;
    }

    /// <summary>The base state (without the pending fix). Writer only.</summary>
    public VesselState Base => _base;

    /// <summary>
    /// Starts loading what <see cref="TryGetFix"/> and <see cref="Write"/> touch (the whole slot, three or four cache lines), so
    /// that a writer working through a batch overlaps one vessel's cache misses with the work on others.
    /// </summary>
    /// <param name="vessel">The slot; taken as a reference, not dereferenced.</param>
    /// <remarks>
    /// Static, and the address read from the reference itself: an instance method's null check would load the object's
    /// first line, stalling on the very miss the prefetch is meant to hide (it was the picture's costliest instruction).
    /// A prefetch never faults, so an address the collector has since moved only wastes the hint.
    /// </remarks>
    public static unsafe void Prefetch(VesselSlot vessel)
    {
        if (Sse.IsSupported)
        {
            byte* start = (byte*)Unsafe.As<VesselSlot, nint>(ref vessel);
            Sse.Prefetch0(start);
            Sse.Prefetch0(start + 64);
            Sse.Prefetch0(start + 128);
            Sse.Prefetch0(start + 192);
        }
    }

    /// <summary>Records a position report's effect. Writer only.</summary>
    /// <param name="fix">The vessel's position and class after the report.</param>
    /// <param name="published">The state last built: dropped, since it is no longer current.</param>
    public void Write(in PositionFix fix, ref VesselState? published)
    {
        BeginChange();
        _fix = fix;
        _hasFix = true;
        EndChange();
        Volatile.Write(ref published, null);
    }

    /// <summary>Replaces the state with a fully merged one. Writer only.</summary>
    /// <param name="state">The merged state.</param>
    /// <param name="published">Where the current state is kept for readers: set to <paramref name="state"/>.</param>
    public void Publish(VesselState state, ref VesselState? published)
    {
        BeginChange();
        _base = state;
        _hasFix = false;
        _fix = default;
        EndChange();
        Volatile.Write(ref published, state);
        OtherPartsLabel = OtherPartsLabelOf(state, out bool agree);
        OtherPartsAgree = agree;
    }

    // The odd version must be visible before any write of the change: a store-store barrier is all the sequence lock
    // needs (free on x64, where stores are not reordered with stores); the full fence it replaces was a locked
    // instruction at every position written.
    private void BeginChange()
    {
        Volatile.Write(ref _version, _version + 1);
        Volatile.WriteBarrier();
    }

    private void EndChange() => Volatile.Write(ref _version, _version + 1);

    private static ConfidentialityLabel? OtherPartsLabelOf(VesselState state, out bool agree)
    {
        ConfidentialityLabel? label = null;
        agree = true;
        foreach (Provenance? provenance in (ReadOnlySpan<Provenance?>)
            [state.Name?.Provenance, state.Particulars?.Provenance, state.Registration?.Provenance, state.Voyage?.Provenance])
        {
            if (provenance is null)
            {
                continue;
            }
            if (label is null)
            {
                label = provenance.Label;
            }
            else if (!ReferenceEquals(label, provenance.Label) && !label.Equals(provenance.Label))
            {
                agree = false;
            }
        }
        return label;
    }
}
