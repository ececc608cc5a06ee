using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Concert.Hubs;
using Concert.Maritime.Picture;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Tests.Hubs;

/// <summary>
/// A connection that reads too slowly: while one message is in flight, changes coalesce into one waiting batch; past
/// its limit the batch is discarded and counted, and the count reaches the client with the next changes. Each message
/// sent is counted in the live meter with how long it waited.
/// </summary>
public sealed class LiveOutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_slow_client_holds_one_batch_at_most_and_is_told_what_was_dropped()
    {
        using var client = new StalledClient();
        await using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IMeterFactory meters = services.GetRequiredService<IMeterFactory>();
        var time = new FakeTimeProvider(Now);
        using var metrics = new LiveMetrics(meters, time);
        using var pushed = new MetricCollector<long>(meters, LiveMetrics.MeterName, "concert.live.vessels.pushed");
        using var lag = new MetricCollector<double>(meters, LiveMetrics.MeterName, "concert.live.push.lag");
        using var outbox = new LiveOutbox(client, new MaritimePicture(), new LabelResponseCache(), maxPending: 3, metrics);

        outbox.PostSnapshot(Now, [Vessel(1)]);
        Assert.Equal("snapshot", (await client.Sent.Reader.ReadAsync()).Method);

        // The client has not finished reading the snapshot: changes wait, coalesced per vessel.
        Assert.Equal(0, outbox.PostChanges(Now, [Vessel(1), Vessel(2)], [], viewSize: 1));
        Assert.Equal(0, outbox.PostChanges(Now, [Vessel(2)], [3], viewSize: 2));
        Assert.Equal(5, outbox.PostChanges(Now, [Vessel(4)], [5], viewSize: 3));
        // Both snapshots, posted by the interval at Now, reach SignalR two seconds later.
        time.Advance(TimeSpan.FromSeconds(2));
        client.Release();
        outbox.PostSnapshot(Now, [Vessel(1), Vessel(2), Vessel(4)]);
        (string method, object?[] arguments) = await NextSentAsync(client, outbox);
        Assert.Equal("snapshot", method);
        var snapshot = (ViewportSnapshot)arguments[0]!;
        Assert.Equal([1u, 2u, 4u], snapshot.Vessels.Select(vessel => vessel.Mmsi));
        // The three vessels share one label: it is sent once and each vessel names it by index.
        Assert.Equal([LiveHubFixture.JapanOnly.ToString()], snapshot.Labels.Select(label => label.Marking));
        Assert.All(snapshot.Vessels, vessel => Assert.Equal(0, vessel.LabelIndex));
        client.Release();

        Assert.Equal(0, outbox.PostChanges(Now, [Vessel(2)], [6], viewSize: 3));
        (method, arguments) = await NextSentAsync(client, outbox);
        var changes = (ViewportChanges)arguments[0]!;
        Assert.Equal("changes", method);
        Assert.Equal([2u], changes.Updated.Select(vessel => vessel.Mmsi));
        Assert.Equal([LiveHubFixture.JapanOnly.ToString()], changes.Labels.Select(label => label.Marking));
        Assert.Equal(0, changes.Updated.Single().LabelIndex);
        Assert.Equal([6u], changes.Removed);
        Assert.Equal(5, changes.Dropped);

        // The two snapshots have gone (one vessel, then three); the changes message is still held by the client.
        Assert.Equal([1L, 3L], pushed.GetMeasurementSnapshot().Select(measurement => measurement.Value));
        Assert.All(pushed.GetMeasurementSnapshot(), measurement => Assert.Equal("snapshot", measurement.Tags[LiveMetrics.MessageTag]));
        Assert.Equal([2.0, 2.0], lag.GetMeasurementSnapshot().Select(measurement => measurement.Value));
    }

    [Fact]
    public async Task A_slow_client_with_a_view_larger_than_the_limit_keeps_its_changes_rather_than_a_larger_snapshot()
    {
        using var client = new StalledClient();
        await using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var metrics = new LiveMetrics(services.GetRequiredService<IMeterFactory>(), new FakeTimeProvider(Now));
        using var outbox = new LiveOutbox(client, new MaritimePicture(), new LabelResponseCache(), maxPending: 3, metrics);
        outbox.PostSnapshot(Now, [Vessel(1)]);
        Assert.Equal("snapshot", (await client.Sent.Reader.ReadAsync()).Method);

        // Five changes wait past the limit of three, but a snapshot of the ten-vessel view would be twice as large.
        Assert.Equal(0, outbox.PostChanges(Now, [Vessel(1), Vessel(2), Vessel(3), Vessel(4), Vessel(5)], [], viewSize: 10));
        // Past the view as well, the batch goes.
        Assert.Equal(11, outbox.PostChanges(Now, [.. Enumerable.Range(6, 6).Select(mmsi => Vessel((uint)mmsi))], [], viewSize: 10));
        client.Release();
    }

    // The next message sent, while the push loop posts (empty) intervals as it does every interval.
    private static async Task<(string Method, object?[] Arguments)> NextSentAsync(StalledClient client, LiveOutbox outbox)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!client.Sent.Reader.TryPeek(out _))
        {
            outbox.PostChanges(Now, [], [], viewSize: 0);
            await Task.Delay(20, timeout.Token);
        }

        return await client.Sent.Reader.ReadAsync();
    }

    private static VesselState Vessel(uint mmsi) => new(mmsi, LiveHubFixture.JapanOnly)
    {
        Position = new VesselPosition(10, 120, 12, 90, 90, 0, null, true, new Provenance(1, null, Now, LiveHubFixture.JapanOnly)),
    };

    // A connection whose every send waits until the test releases it, as a client that stopped reading.
    private sealed class StalledClient : IClientProxy, IDisposable
    {
        private readonly SemaphoreSlim _released = new(0);

        public Channel<(string Method, object?[] Arguments)> Sent { get; } = Channel.CreateUnbounded<(string, object?[])>();

        public void Release() => _released.Release();

        public void Dispose() => _released.Dispose();

        public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            Sent.Writer.TryWrite((method, args));
            await _released.WaitAsync(cancellationToken);
        }
    }
}
