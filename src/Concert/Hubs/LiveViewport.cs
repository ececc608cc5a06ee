using Concert.Hosting;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Hubs;

/// <summary>
/// One connection's subscription as the push loop keeps it: the box, the class filter, the viewer's release predicate
/// for the current UTC day, and the vessels the connection has been sent (with the staleness it was told). Used only
/// under the push loop's lock.
/// </summary>
/// <param name="viewer">Who is looking.</param>
/// <param name="box">The viewport.</param>
/// <param name="classes">The classes shown, or null for all.</param>
internal sealed class LiveViewport(Viewer viewer, GeoBox box, IReadOnlySet<VesselClass>? classes)
{
    private Dictionary<uint, HeldVessel> _shown = [];
    private Func<ConfidentialityLabel, bool> _isReleased = _ => false;
    private DateOnly _decidedOn;

    /// <summary>Who is looking.</summary>
    public Viewer Viewer { get; } = viewer;

    /// <summary>The viewport.</summary>
    public GeoBox Box { get; } = box;

    /// <summary>The vessels the connection holds.</summary>
    public IReadOnlyList<VesselState> Held => [.. _shown.Values.Select(shown => shown.State)];

    /// <summary>How many vessels the connection holds.</summary>
    public int HeldCount => _shown.Count;

    /// <summary>Whether the release predicate was decided for another UTC day than <paramref name="now"/>'s.</summary>
    /// <param name="now">The picture time.</param>
    public bool NeedsNewDecision(DateTimeOffset now) => _decidedOn != DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>
    /// Reads the whole view again with the picture's viewport query (deciding release afresh when the day changed) and
    /// makes it what the connection holds.
    /// </summary>
    /// <param name="picture">The picture.</param>
    /// <param name="release">The host's release decisions.</param>
    /// <param name="now">The picture time.</param>
    /// <param name="newlyReleased">Receives the vessels the connection did not hold before (all of them under a new day's
    /// decision), for the audit.</param>
    /// <returns>The view.</returns>
    public IReadOnlyList<VesselState> Resynchronise(MaritimePicture picture, MaritimeRelease release, DateTimeOffset now, List<VesselState> newlyReleased)
    {
        if (NeedsNewDecision(now))
        {
            _isReleased = release.PictureFilter(Viewer, now);
            _decidedOn = DateOnly.FromDateTime(now.UtcDateTime);
            // Released under a new decision: every vessel of the view is a new release, audited again.
            _shown = [];
        }

        var shown = new Dictionary<uint, HeldVessel>();
        foreach (VesselSighting sighting in picture.Query(Box, now, _isReleased))
        {
            if (classes is null || classes.Contains(sighting.State.Class))
            {
                shown[sighting.State.Mmsi] = new HeldVessel(sighting.State, sighting.Staleness);
                if (!_shown.ContainsKey(sighting.State.Mmsi))
                {
                    newlyReleased.Add(sighting.State);
                }
            }
        }

        _shown = shown;
        return [.. shown.Values.Select(entry => entry.State)];
    }

    /// <summary>
    /// Applies one interval's changed vessels: those now in the view (by place, age, class and release) are updated,
    /// those held but no longer in it removed; then every vessel held is aged, so a vessel that turned stale is sent
    /// again and one that is lost is removed.
    /// </summary>
    /// <param name="changed">The vessels the picture changed since the last interval.</param>
    /// <param name="picture">The picture.</param>
    /// <param name="now">The picture time.</param>
    /// <param name="updated">Receives the vessels to send.</param>
    /// <param name="removed">Receives the MMSIs to remove.</param>
    /// <param name="newlyReleased">Receives the vessels the connection did not hold before, for the audit.</param>
    public void Advance(
        IReadOnlyList<VesselState> changed, MaritimePicture picture, DateTimeOffset now,
        List<VesselState> updated, List<uint> removed, List<VesselState> newlyReleased)
    {
        foreach (VesselState state in changed)
        {
            bool inView = picture.IsInView(state, Box, now)
                && (classes is null || classes.Contains(state.Class))
                && _isReleased(state.Label);
            if (inView)
            {
                bool held = _shown.TryGetValue(state.Mmsi, out HeldVessel before);
                if (!held || !ReferenceEquals(before.State, state))
                {
                    _shown[state.Mmsi] = new HeldVessel(state, picture.Options.Classify(now - state.Position!.Provenance.ReceivedAt));
                    updated.Add(state);
                }

                if (!held)
                {
                    newlyReleased.Add(state);
                }
            }
            else if (_shown.Remove(state.Mmsi))
            {
                removed.Add(state.Mmsi);
            }
        }

        List<HeldVessel>? aged = null;
        foreach (HeldVessel shown in _shown.Values)
        {
            Staleness staleness = picture.Options.Classify(now - shown.State.Position!.Provenance.ReceivedAt);
            if (staleness != shown.Staleness)
            {
                (aged ??= []).Add(shown with { Staleness = staleness });
            }
        }

        foreach (HeldVessel shown in aged ?? [])
        {
            if (shown.Staleness == Staleness.Lost)
            {
                _shown.Remove(shown.State.Mmsi);
                removed.Add(shown.State.Mmsi);
            }
            else
            {
                _shown[shown.State.Mmsi] = shown;
                updated.Add(shown.State);
            }
        }
    }

    // A vessel the connection holds and the staleness it was last sent with.
    private readonly record struct HeldVessel(VesselState State, Staleness Staleness);
}
