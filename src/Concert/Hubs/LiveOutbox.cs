using Concert.Apis;
using Concert.Apis.Contracts;
using Concert.Maritime.Picture;
using Microsoft.AspNetCore.SignalR;

namespace Concert.Hubs;

/// <summary>
/// What is waiting to go to one connection, and the loop that sends it: at most one message in flight and one coalesced
/// batch waiting, so a slow client costs at most one batch of memory however long it lags.
/// </summary>
/// <remarks>
/// The push loop posts a batch each interval; a batch is merged into the one still waiting (the latest state of a vessel
/// wins, a removal replaces an update). Batches are sent only when the push loop signals, and it signals only when the
/// sender is idle, so two "changes" messages are never less than one interval apart. A waiting batch that grows past
/// its limit (or the view, when that is larger) is discarded and counted; the push loop then posts a snapshot of the
/// current view instead.
/// </remarks>
internal sealed class LiveOutbox : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IClientProxy _client;
    private readonly MaritimePicture _picture;
    private readonly LabelResponseCache _labels;
    private readonly int _maxPending;
    private readonly LiveMetrics _metrics;
    private readonly SemaphoreSlim _ready = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private IReadOnlyList<VesselState>? _snapshot;
    private DateTimeOffset _snapshotAt;
    private Dictionary<uint, VesselState?> _pending = [];
    private DateTimeOffset _pendingAt;
    private int _dropped;
    private bool _signalled;
    private bool _sending;

    /// <summary>Creates the outbox and starts its sender.</summary>
    /// <param name="client">The connection.</param>
    /// <param name="picture">The picture, whose thresholds give each vessel's staleness.</param>
    /// <param name="labels">The label responses, shared by all connections.</param>
    /// <param name="maxPending">The most vessel changes that may wait.</param>
    /// <param name="metrics">Where each message sent is counted.</param>
    public LiveOutbox(IClientProxy client, MaritimePicture picture, LabelResponseCache labels, int maxPending, LiveMetrics metrics)
    {
        _client = client;
        _picture = picture;
        _labels = labels;
        _maxPending = maxPending;
        _metrics = metrics;
        _ = Task.Run(SendLoopAsync);
    }

    /// <summary>Replaces everything waiting by a snapshot, sent as soon as the sender is free.</summary>
    /// <param name="at">The picture time.</param>
    /// <param name="vessels">The view.</param>
    public void PostSnapshot(DateTimeOffset at, IReadOnlyList<VesselState> vessels)
    {
        lock (_gate)
        {
            _snapshot = vessels;
            _snapshotAt = at;
            _pending = [];
            SignalLocked(evenWhileSending: false);
        }
    }

    /// <summary>Merges one interval's changes into the waiting batch.</summary>
    /// <param name="at">The picture time.</param>
    /// <param name="updated">Vessels entered or changed.</param>
    /// <param name="removed">Vessels gone from the view.</param>
    /// <param name="viewSize">
    /// How many vessels the connection's view holds. A batch is discarded only when it outgrows both the limit and the
    /// view: the snapshot that would replace it is as large as the view, so discarding a smaller batch for it would send
    /// a slow client more, not less.
    /// </param>
    /// <returns>How many vessel changes were discarded because the batch overflowed (then post a snapshot); normally 0.</returns>
    public int PostChanges(DateTimeOffset at, IReadOnlyList<VesselState> updated, IReadOnlyList<uint> removed, int viewSize)
    {
        lock (_gate)
        {
            foreach (VesselState vessel in updated)
            {
                _pending[vessel.Mmsi] = vessel;
            }

            foreach (uint mmsi in removed)
            {
                _pending[mmsi] = null;
            }

            if (updated.Count > 0 || removed.Count > 0)
            {
                _pendingAt = at;
            }

            if (_pending.Count > Math.Max(_maxPending, viewSize))
            {
                int discarded = _pending.Count;
                _dropped += discarded;
                _pending = [];
                return discarded;
            }

            if (_pending.Count > 0)
            {
                SignalLocked(evenWhileSending: false);
            }

            return 0;
        }
    }

    /// <summary>Stops the sender; what is waiting is not sent.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private void SignalLocked(bool evenWhileSending)
    {
        if (!_signalled && (evenWhileSending || !_sending))
        {
            _signalled = true;
            _ready.Release();
        }
    }

    private async Task SendLoopAsync()
    {
        CancellationToken stop = default;
        try
        {
            stop = _stop.Token;
            while (true)
            {
                await _ready.WaitAsync(stop);
                IReadOnlyList<VesselState>? snapshot;
                DateTimeOffset snapshotAt;
                Dictionary<uint, VesselState?> changes;
                DateTimeOffset changesAt;
                int dropped;
                lock (_gate)
                {
                    _signalled = false;
                    _sending = true;
                    (snapshot, snapshotAt, _snapshot) = (_snapshot, _snapshotAt, null);
                    (changes, changesAt, _pending) = (_pending, _pendingAt, []);
                    dropped = changes.Count > 0 ? _dropped : 0;
                    _dropped -= dropped;
                }

                if (snapshot is not null)
                {
                    var labels = new LabelTable(_labels.Of);
                    List<ListedVesselResponse> vessels = Responses(snapshot, snapshotAt, labels);
                    await _client.SendAsync(MaritimeHub.SnapshotMessage, new ViewportSnapshot(snapshotAt, labels.Labels, vessels), stop);
                    _metrics.Sent(MaritimeHub.SnapshotMessage, vessels.Count, snapshotAt);
                }

                if (changes.Count > 0)
                {
                    List<VesselState> updated = [.. changes.Values.OfType<VesselState>()];
                    List<uint> removed = [.. changes.Where(change => change.Value is null).Select(change => change.Key).Order()];
                    var labels = new LabelTable(_labels.Of);
                    List<ListedVesselResponse> vessels = Responses(updated, changesAt, labels);
                    await _client.SendAsync(MaritimeHub.ChangesMessage, new ViewportChanges(changesAt, labels.Labels, vessels, removed, dropped), stop);
                    _metrics.Sent(MaritimeHub.ChangesMessage, vessels.Count + removed.Count, changesAt);
                }

                lock (_gate)
                {
                    _sending = false;
                    // A snapshot posted while sending goes at once; changes wait for the next interval's signal.
                    if (_snapshot is not null)
                    {
                        SignalLocked(evenWhileSending: true);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Unsubscribed or disconnected.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while waiting.
        }
    }

    private List<ListedVesselResponse> Responses(IReadOnlyList<VesselState> vessels, DateTimeOffset at, LabelTable labels) =>
        [.. vessels.OrderBy(vessel => vessel.Mmsi).Select(vessel => vessel.ToListedResponse(_picture.Options.Classify(at - vessel.Position!.Provenance.ReceivedAt), labels))];
}
