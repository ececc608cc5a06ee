using Concert.Hosting;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Concert.Hubs;

/// <summary>
/// Every live subscription of the hub and the one push loop that serves them all: each interval it reads the vessels the
/// picture changed since the last interval (its change journal, not the whole viewports), selects per subscription the
/// ones in its box that its viewer may see, audits the newly released ones, and posts the changes to each connection's
/// bounded outbox.
/// </summary>
/// <remarks>
/// Subscribing and the push loop take the same lock, so a snapshot and the first interval after it never miss a change
/// between them (a change can arrive twice, harmlessly). When the picture no longer remembers every change since the
/// last interval, each subscription reads its whole view again and is sent a snapshot.
/// </remarks>
internal sealed partial class LiveViewports(
    MaritimePicture picture,
    MaritimeRelease release,
    SharingAudit audit,
    IHubContext<MaritimeHub> hub,
    LiveMetrics metrics,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveViewports> logger) : IDisposable
{
    // The watch is told of slow connections at once, then at most this often (with the sum since), however many lag.
    private static readonly TimeSpan DropWarningInterval = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private readonly LabelResponseCache _labels = new();
    private readonly Dictionary<string, Connection> _connections = new(StringComparer.Ordinal);
    private readonly List<VesselState> _changed = [];
    private long _sequence;
    private int _pushing;
    private bool _failedInterval;
    private long _droppedVessels;
    private long _droppedSinceWarning;
    private DateTimeOffset _lastDropWarning = DateTimeOffset.MinValue;

    /// <summary>The number of live subscriptions.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>Vessel changes discarded for connections that read too slowly, since the start.</summary>
    public long DroppedVessels => Interlocked.Read(ref _droppedVessels);

    /// <summary>Starts or replaces a connection's subscription, and posts its snapshot.</summary>
    /// <param name="connectionId">The SignalR connection.</param>
    /// <param name="viewer">Who is looking (loaded at subscription).</param>
    /// <param name="box">The viewport.</param>
    /// <param name="classes">The classes shown, or null for all.</param>
    /// <param name="signInExpires">When the connection's cookie or token expires, if it does.</param>
    /// <param name="abort">Closes the connection.</param>
    /// <param name="connectionAborted">
    /// Cancelled when the connection closes, which is before <see cref="Unsubscribe"/> is called for it: a subscription
    /// that arrives after is not registered, so a connection that is gone never keeps one.
    /// </param>
    public void Subscribe(
        string connectionId,
        Viewer viewer,
        GeoBox box,
        IReadOnlySet<VesselClass>? classes,
        DateTimeOffset? signInExpires,
        Action abort,
        CancellationToken connectionAborted)
    {
        var viewport = new LiveViewport(viewer, box, classes);
        DateTimeOffset now = time.GetUtcNow();
        var newlyReleased = new List<VesselState>();
        lock (_gate)
        {
            if (connectionAborted.IsCancellationRequested)
            {
                return;
            }

            IReadOnlyList<VesselState> view = viewport.Resynchronise(picture, release, now, newlyReleased);
            Audit([(viewer, newlyReleased)]);
            if (!_connections.TryGetValue(connectionId, out Connection? connection))
            {
                connection = new Connection(new LiveOutbox(hub.Clients.Client(connectionId), picture, _labels, options.Value.MaxPendingVessels, metrics), abort);
                _connections.Add(connectionId, connection);
            }

            connection.SignInExpires = signInExpires;
            connection.Viewport = viewport;
            connection.Outbox.PostSnapshot(now, view);
        }
    }

    /// <summary>Ends a connection's subscription (on request or on disconnection); nothing more is sent to it.</summary>
    /// <param name="connectionId">The SignalR connection.</param>
    public void Unsubscribe(string connectionId)
    {
        lock (_gate)
        {
            if (_connections.Remove(connectionId, out Connection? connection))
            {
                connection.Outbox.Dispose();
            }
        }
    }

    /// <summary>One interval of the push loop; an interval that finds the previous one still running is skipped.</summary>
    public void Push()
    {
        if (Interlocked.Exchange(ref _pushing, 1) == 1)
        {
            return;
        }

        try
        {
            lock (_gate)
            {
                PushLocked();
            }
        }
        finally
        {
            Volatile.Write(ref _pushing, 0);
        }
    }

    /// <summary>Stops every connection's sender.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (Connection connection in _connections.Values)
            {
                connection.Outbox.Dispose();
            }

            _connections.Clear();
        }
    }

    private void PushLocked()
    {
        DateTimeOffset now = time.GetUtcNow();
        _changed.Clear();
        bool complete = picture.TryGetChangesSince(_sequence, out long upTo, _changed);
        if (!complete)
        {
            LogChangesOverrun(logger, picture.ChangeSequence - _sequence);
        }

        // An interval that fails half-way (the audit cannot be written) leaves connections behind what they were sent:
        // the next interval then resynchronises them all.
        complete &= !_failedInterval;
        _failedInterval = true;

        _sequence = upTo;
        CloseExpired(now);
        var posts = new List<Action>(_connections.Count);
        var releases = new List<(Viewer, List<VesselState>)>(_connections.Count);
        foreach (Connection connection in _connections.Values)
        {
            LiveViewport viewport = connection.Viewport;
            var newlyReleased = new List<VesselState>();
            releases.Add((viewport.Viewer, newlyReleased));
            if (!complete || viewport.NeedsNewDecision(now))
            {
                IReadOnlyList<VesselState> view = viewport.Resynchronise(picture, release, now, newlyReleased);
                posts.Add(() => connection.Outbox.PostSnapshot(now, view));
                continue;
            }

            List<VesselState> updated = [];
            List<uint> removed = [];
            viewport.Advance(_changed, picture, now, updated, removed, newlyReleased);
            // Posted even when empty: a batch that waited for a busy sender goes at this interval.
            posts.Add(() => Post(connection, now, updated, removed));
        }

        // Audited before anything is posted, so no release reaches a client unrecorded.
        Audit(releases);
        foreach (Action post in posts)
        {
            post();
        }

        _failedInterval = false;
    }

    // A sign-in is checked when the connection opens; one that expires since ends the connection, as it would end a request.
    private void CloseExpired(DateTimeOffset now)
    {
        foreach ((string id, Connection connection) in _connections.Where(entry => entry.Value.SignInExpires <= now).ToList())
        {
            _connections.Remove(id);
            connection.Outbox.Dispose();
            connection.Abort();
        }
    }

    private void Post(Connection connection, DateTimeOffset now, List<VesselState> updated, List<uint> removed)
    {
        int discarded = connection.Outbox.PostChanges(now, updated, removed);
        if (discarded > 0)
        {
            Interlocked.Add(ref _droppedVessels, discarded);
            _droppedSinceWarning += discarded;
            if (now - _lastDropWarning >= DropWarningInterval)
            {
                LogSlowConnections(logger, _droppedSinceWarning, connection.Viewport.Viewer.UserName, DroppedVessels);
                _droppedSinceWarning = 0;
                _lastDropWarning = now;
            }

            connection.Outbox.PostSnapshot(now, connection.Viewport.Held);
        }
    }

    // One entry per viewer and label per interval, naming the vessels newly released to that viewer's connections.
    private void Audit(IEnumerable<(Viewer Viewer, List<VesselState> Vessels)> releases)
    {
        IEnumerable<IGrouping<(long Account, ConfidentialityLabel Label), (Viewer Viewer, VesselState Vessel)>> groups = releases
            .SelectMany(release => release.Vessels.Select(vessel => (release.Viewer, Vessel: vessel)))
            .GroupBy(released => (released.Viewer.AccountId, released.Vessel.Label));
        foreach (IGrouping<(long Account, ConfidentialityLabel Label), (Viewer Viewer, VesselState Vessel)> group in groups)
        {
            string records = string.Join(' ', group.Select(released => released.Vessel.Mmsi).Distinct().Order()
                .Select(Apis.MaritimeApi.Reference));
            audit.ListRelease(group.First().Viewer, group.Key.Label, records);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The picture changed {Changes} times in one push interval, more than it remembers: every live viewport is read again")]
    private static partial void LogChangesOverrun(ILogger logger, long changes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live connections read too slowly: {Dropped} vessel changes dropped for snapshots since the last warning (last: a connection of {UserName}; {Total} since start)")]
    private static partial void LogSlowConnections(ILogger logger, long dropped, string userName, long total);

    // A connection's current subscription and its outbox (kept across re-subscriptions).
    private sealed class Connection(LiveOutbox outbox, Action abort)
    {
        public LiveOutbox Outbox { get; } = outbox;

        public Action Abort { get; } = abort;

        public DateTimeOffset? SignInExpires { get; set; }

        public LiveViewport Viewport { get; set; } = null!;
    }
}
