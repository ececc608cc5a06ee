using System.Threading.Channels;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// A live viewport on the picture: the changes to vessels in <see cref="Viewport"/> that the viewer may see, coalesced
/// per vessel and delivered as one batch every <see cref="PictureOptions.NotificationInterval"/> on
/// <see cref="Changes"/>. A slow reader never slows the picture: between batches a vessel that moves a hundred times is
/// one change. Dispose it to stop.
/// </summary>
public sealed class PictureSubscription : IDisposable
{
    private readonly MaritimePicture _picture;
    private readonly Func<ConfidentialityLabel, bool> _isReleased;
    private readonly Channel<IReadOnlyList<VesselChange>> _batches =
        Channel.CreateUnbounded<IReadOnlyList<VesselChange>>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Lock _pendingGate = new();
    private readonly HashSet<uint> _visible = [];
    private readonly ITimer _timer;
    private Dictionary<uint, VesselChange> _pending = [];

    internal PictureSubscription(MaritimePicture picture, GeoBox viewport, Func<ConfidentialityLabel, bool> isReleased)
    {
        _picture = picture;
        Viewport = viewport;
        _isReleased = isReleased;
        TimeSpan interval = picture.Options.NotificationInterval;
        _timer = picture.Options.TimeProvider.CreateTimer(_ => Flush(), null, interval, interval);
    }

    /// <summary>The box watched.</summary>
    public GeoBox Viewport { get; }

    /// <summary>Batches of changes, one per interval that had any; completed when the subscription is disposed.</summary>
    public ChannelReader<IReadOnlyList<VesselChange>> Changes => _batches.Reader;

    /// <summary>Delivers the changes gathered so far now instead of at the next interval.</summary>
    public void Flush()
    {
        Dictionary<uint, VesselChange> ready;
        lock (_pendingGate)
        {
            if (_pending.Count == 0)
            {
                return;
            }
            ready = _pending;
            _pending = [];
        }
        _batches.Writer.TryWrite([.. ready.Values.OrderBy(change => change.Mmsi)]);
    }

    /// <summary>Stops the timer, delivers what is pending and completes <see cref="Changes"/>.</summary>
    public void Dispose()
    {
        _picture.Unsubscribe(this);
        _timer.Dispose();
        Flush();
        _batches.Writer.TryComplete();
    }

    // Called by the picture's single writer, with the state just merged.
    internal void Observe(VesselState state)
    {
        VesselPosition? position = state.Position;
        bool inside = position is not null && Viewport.Contains(position.Latitude, position.Longitude);
        bool released = _isReleased(state.Label);
        bool wasVisible = _visible.Contains(state.Mmsi);
        if (inside && released)
        {
            _visible.Add(state.Mmsi);
            Record(state.Mmsi, wasVisible ? VesselChangeKind.Updated : VesselChangeKind.Entered, state);
        }
        else if (wasVisible)
        {
            _visible.Remove(state.Mmsi);
            Record(state.Mmsi, VesselChangeKind.Left, released ? state : null);
        }
    }

    private void Record(uint mmsi, VesselChangeKind kind, VesselState? state)
    {
        lock (_pendingGate)
        {
            bool pending = _pending.TryGetValue(mmsi, out VesselChange earlier);
            if (pending && earlier.Kind == VesselChangeKind.Entered)
            {
                // The viewer has not seen it yet: an update is still an entry, and leaving again cancels the entry.
                if (kind == VesselChangeKind.Left)
                {
                    _pending.Remove(mmsi);
                    return;
                }
                kind = VesselChangeKind.Entered;
            }
            else if (pending && earlier.Kind == VesselChangeKind.Left && kind == VesselChangeKind.Entered)
            {
                // Left and came back within one interval: to the viewer it only changed.
                kind = VesselChangeKind.Updated;
            }
            _pending[mmsi] = new VesselChange(kind, mmsi, state);
        }
    }
}
