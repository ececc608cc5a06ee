using System.Net;
using System.Net.Sockets;
using System.Text;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Feeds;

public sealed class NetworkFeedTests : IDisposable
{
    private const long Start = 1_772_323_200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task A_tcp_feed_that_drops_and_sends_garbage_reconnects_with_backoff_while_udp_and_other_feeds_keep_flowing()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        int udpPort = FreeUdpPort();
        using var stop = new CancellationTokenSource();

        // Connection 1: 100 reports, then the server drops it. Connection 2: 50 lines of garbage and 50 reports, dropped.
        // Connection 3: 100 reports, then held open.
        Task serving = Task.Run(async () =>
        {
            await Serve(server, Lines(100, 1), close: true, stop.Token);
            await Serve(server, [.. Enumerable.Range(0, 50).Select(i => $"garbage {i} $GPGGA,no,ais"), .. Lines(50, 2)], close: true, stop.Token);
            await Serve(server, Lines(100, 3), close: false, stop.Token);
        });
        // A server that accepts and never says anything: the feed must time out and retry without holding anyone up.
        Task stalling = Task.Run(async () =>
        {
            var held = new List<TcpClient>();
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    held.Add(await silent.AcceptTcpClientAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
            held.ForEach(client => client.Dispose());
        });

        var runner = new IngestRunner(_test.Archive,
        [
            Live("tcp", FeedKind.NmeaTcp, ((IPEndPoint)server.LocalEndpoint).Port),
            Live("stalled", FeedKind.NmeaTcp, ((IPEndPoint)silent.LocalEndpoint).Port) with { IdleTimeout = TimeSpan.FromMilliseconds(300) },
            Live("udp", FeedKind.NmeaUdp, udpPort),
        ]);
        var alerts = new List<IngestAlert>();
        runner.Pipeline.Alert += (_, alert) => { lock (alerts) { alerts.Add(alert); } };
        Task<IngestSummary> running = runner.RunAsync(stop.Token);

        // Datagrams sent before the feed's socket is bound are lost, as UDP loses them.
        await WaitUntil(() => runner.Feeds.Single(feed => feed.Name == "udp").Statistics.Connections == 1, () => Describe(runner));
        using (var sender = new UdpClient())
        {
            // 200 reports, four to a datagram, the last line of each without its terminator.
            foreach (string[] datagram in Lines(200, 4).Chunk(4))
            {
                byte[] bytes = Encoding.ASCII.GetBytes(string.Join("\r\n", datagram));
                await sender.SendAsync(bytes, bytes.Length, new IPEndPoint(IPAddress.Loopback, udpPort));
                await Task.Delay(2);
            }
        }
        await WaitUntil(() => runner.Pipeline.PositionsCommitted >= 450 && StalledReconnects(runner) >= 2, () => Describe(runner));
        await stop.CancelAsync();
        IngestSummary summary = await running;
        await serving;
        await stalling;

        FeedOutcome tcp = summary.Feeds.Single(feed => feed.Name == "tcp");
        Assert.Equal(3, tcp.Statistics.Connections);
        Assert.Equal(2, tcp.Statistics.Reconnects);
        Assert.Equal(300, tcp.Statistics.Lines);
        Assert.Equal(250, tcp.Statistics.Positions);
        Assert.Equal(50, tcp.Statistics.RejectsByReason["NotAis"]);
        Assert.Equal(200, summary.Feeds.Single(feed => feed.Name == "udp").Statistics.Positions);
        Assert.True(summary.Feeds.Single(feed => feed.Name == "stalled").Statistics.Reconnects >= 2);
        Assert.Equal(450, summary.PositionsCommitted);
        Assert.Equal(0, summary.PositionsShed);
        lock (alerts)
        {
            Assert.Equal(2, alerts.Count(alert => alert.Kind == IngestAlertKind.FeedDown && alert.Source == "tcp"));
        }
    }

    [Fact]
    public async Task A_tcp_feed_keeps_retrying_a_server_that_refuses_connections()
    {
        int closedPort = FreeTcpPort();
        using var stop = new CancellationTokenSource();
        var runner = new IngestRunner(_test.Archive, [Live("refused", FeedKind.NmeaTcp, closedPort)]);
        Task<IngestSummary> running = runner.RunAsync(stop.Token);

        // Backoff from 50 ms doubling to 200 ms: three retries take well under two seconds.
        await WaitUntil(() => runner.Feeds[0].Statistics.Reconnects >= 3, () => Describe(runner));
        await stop.CancelAsync();
        IngestSummary summary = await running;

        FeedOutcome feed = Assert.Single(summary.Feeds);
        Assert.Equal(0, feed.Statistics.Connections);
        Assert.True(feed.Statistics.Reconnects >= 3);
        Assert.Null(feed.Error);
    }

    [Fact]
    public void A_live_feed_sheds_when_the_pipeline_is_full_and_raises_one_alert_with_the_count()
    {
        var pipeline = new IngestPipeline(_test.Archive, new IngestOptions { QueuedChunks = 1, ChunkSize = 10 });
        var alerts = new List<IngestAlert>();
        pipeline.Alert += (_, alert) => alerts.Add(alert);
        var writer = new FeedRecordWriter(pipeline, pipeline.RegisterSource("busy"), 1, new FeedStatistics());

        // The pipeline is not started, so nothing drains it: the first chunk fits, the next two are shed.
        for (int chunk = 0; chunk < 3; chunk++)
        {
            for (int i = 0; i < 7; i++)
            {
                writer.Add(Batches.Position((uint)(chunk * 10 + i), Batches.Day, 54, 10, 1));
            }
            writer.FlushOrShed(chunk);
        }

        Assert.Equal(14, pipeline.PositionsShed);
        IngestAlert alert = Assert.Single(alerts);
        Assert.Equal((IngestAlertKind.Shed, "busy", 7L), (alert.Kind, alert.Source, alert.Count));
    }

    private static FeedOptions Live(string name, FeedKind kind, int port) => new()
    {
        Name = name,
        Kind = kind,
        Host = "127.0.0.1",
        Port = port,
        Label = FileFeeds.Open,
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        IdleTimeout = TimeSpan.FromSeconds(10),
    };

    private static long StalledReconnects(IngestRunner runner) => runner.Feeds.Single(feed => feed.Name == "stalled").Statistics.Reconnects;

    private static string[] Lines(int count, int segment) =>
        [.. Enumerable.Range(0, count).Select(i => NmeaSentences.PositionA((uint)(200_000_000 + segment * 1_000 + i), 54 + i * 1e-4, 10, second: i % 60, unixTime: Start + segment * 1_000 + i))];

    private static async Task Serve(TcpListener listener, string[] lines, bool close, CancellationToken stop)
    {
        TcpClient client = await listener.AcceptTcpClientAsync(stop);
        NetworkStream stream = client.GetStream();
        byte[] bytes = Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n");
        // In pieces that cut lines in two, as TCP may.
        for (int offset = 0; offset < bytes.Length; offset += 997)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(997, bytes.Length - offset)), stop);
        }
        if (close)
        {
            client.Dispose();
            return;
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        client.Dispose();
    }

    private static string Describe(IngestRunner runner) =>
        $"committed {runner.Pipeline.PositionsCommitted}; " + string.Join("; ", runner.Feeds.Select(feed =>
            $"{feed.Name}: {feed.Statistics.Connections} connections, {feed.Statistics.Reconnects} reconnects, {feed.Statistics.Lines} lines, {feed.Statistics.Positions} positions"));

    private static async Task WaitUntil(Func<bool> condition, Func<string> state)
    {
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the feeds: " + state());
            await Task.Delay(20);
        }
    }

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }

    private static int FreeTcpPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
