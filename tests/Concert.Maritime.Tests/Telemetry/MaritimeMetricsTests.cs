using System.Net;
using System.Net.Sockets;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Telemetry;
using Concert.Maritime.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Concert.Maritime.Tests.Telemetry;

/// <summary>The maritime meter reports what ingest really did: read from the feeds' and the pipeline's own counts.</summary>
public sealed class MaritimeMetricsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestArchive _test = new();
    private readonly TestMeterFactory _meters = new();

    public void Dispose()
    {
        _meters.Dispose();
        _test.Dispose();
    }

    [Fact]
    public async Task Ingesting_a_file_with_known_bad_lines_reports_its_counts_by_feed_and_reason()
    {
        // The first 30 AIVDM lines of gpsd's sample.aivdm: `gpsdecode -u -j` 3.22 decodes 27 messages from them (three
        // are two-fragment messages). Then four bad lines of known reasons, the last a first fragment whose second never comes.
        string[] good = [.. File.ReadLines(FileFeeds.TestData("gpsd", "sample.aivdm")).Where(line => line.StartsWith("!AIVDM", StringComparison.Ordinal)).Take(30)];
        string badChecksum = good[0][..^2] + (good[0][^2..] == "00" ? "01" : "00");
        string firstFragment = good.First(line => line.StartsWith("!AIVDM,2,1,", StringComparison.Ordinal));
        string[] bad = ["garbage line", badChecksum, "$GPGGA,not,ais*00", firstFragment];
        string path = FileFeeds.WriteLines(_test.Directory, "known-bad.nmea", [.. good, .. bad]);
        using var metrics = new MaritimeMetrics(_meters);
        var picture = new MaritimePicture();
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path, "sample")]);
        CommittedPictureFeed.Follow(picture, runner.Pipeline);
        metrics.Observe(runner);
        metrics.Observe(picture);
        using MetricCollector<long> rejects = Collector<long>("concert.ais.rejects");
        using MetricCollector<long> messages = Collector<long>("concert.ais.messages");
        using MetricCollector<long> lines = Collector<long>("concert.ais.lines");
        using MetricCollector<long> stored = Collector<long>("concert.ingest.positions.stored");
        using MetricCollector<long> read = Collector<long>("concert.ingest.positions.read");
        using MetricCollector<long> batches = Collector<long>("concert.ingest.batches");
        using MetricCollector<int> batchSizes = Collector<int>("concert.ingest.batch.size");
        using MetricCollector<double> commits = Collector<double>("concert.ingest.commit.duration");
        using MetricCollector<long> vessels = Collector<long>("concert.picture.vessels");

        IngestSummary summary = await runner.RunAsync();

        FeedStatistics counts = Assert.Single(summary.Feeds).Statistics;
        Assert.Equal(
            new Dictionary<string, long> { ["NotAis"] = 2, ["BadChecksum"] = 1, ["OrphanFragment"] = 1 },
            counts.RejectsByReason);
        Assert.Equal(counts.RejectsByReason, Latest(rejects).ToDictionary(
            measurement => (string)measurement.Tags[MaritimeMetrics.ReasonTag]!, measurement => measurement.Value));
        Assert.All(Latest(rejects), measurement => Assert.Equal("sample", measurement.Tags[MaritimeMetrics.FeedTag]));
        Assert.Equal(27, Assert.Single(Latest(messages)).Value);
        Assert.Equal(34, Assert.Single(Latest(lines)).Value);
        Assert.Equal(counts.Positions, Assert.Single(Latest(read)).Value);
        Assert.Equal(summary.PositionsCommitted, Assert.Single(Latest(stored)).Value);
        Assert.True(summary.PositionsCommitted > 0);
        Assert.Equal(runner.Pipeline.BatchesCommitted, Assert.Single(Latest(batches)).Value);
        // A fresh archive stores every position a batch brings, and every commit is timed.
        Assert.Equal(summary.PositionsCommitted, batchSizes.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        Assert.Equal(runner.Pipeline.BatchesCommitted, commits.GetMeasurementSnapshot().Count);
        Assert.All(commits.GetMeasurementSnapshot(), measurement => Assert.InRange(measurement.Value, 0, Patience.TotalSeconds));
        Assert.Equal(picture.Count, Assert.Single(Latest(vessels)).Value);
        Assert.True(picture.Count > 0);
    }

    [Fact]
    public void Positions_a_live_feed_sheds_are_counted_and_alerted_once()
    {
        var runner = new IngestRunner(_test.Archive, [Live("busy", ClosedTcpPort())], new IngestOptions { QueuedChunks = 1, ChunkSize = 10 });
        using var metrics = new MaritimeMetrics(_meters);
        metrics.Observe(runner);
        using MetricCollector<long> shed = Collector<long>("concert.ingest.shed");
        using MetricCollector<long> alerts = Collector<long>("concert.ingest.alerts");
        var writer = new FeedRecordWriter(runner.Pipeline, runner.Pipeline.RegisterSource("busy"), 1, new FeedStatistics());

        // The pipeline is not started, so nothing drains it: the first chunk fits, the next two are shed.
        for (int chunk = 0; chunk < 3; chunk++)
        {
            for (int i = 0; i < 7; i++)
            {
                writer.Add(Batches.Position((uint)(chunk * 10 + i), Batches.Day, 54, 10, 1));
            }

            writer.FlushOrShed(chunk);
        }

        Assert.Equal(14, runner.Pipeline.PositionsShed);
        Assert.Equal(14, Assert.Single(Latest(shed)).Value);
        CollectedMeasurement<long> alert = Assert.Single(alerts.GetMeasurementSnapshot());
        Assert.Equal((1L, "Shed"), (alert.Value, (string?)alert.Tags[MaritimeMetrics.KindTag]));
    }

    [Fact]
    public async Task A_tcp_feed_whose_server_closes_reports_disconnected_and_a_feed_down_alert()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using var stop = new CancellationTokenSource();
        var runner = new IngestRunner(_test.Archive, [Live("tcp", ((IPEndPoint)server.LocalEndpoint).Port) with { InitialBackoff = TimeSpan.FromMinutes(1) }]);
        using var metrics = new MaritimeMetrics(_meters);
        metrics.Observe(runner);
        using MetricCollector<double> connected = Collector<double>("concert.ingest.feed.connected");
        using MetricCollector<long> alerts = Collector<long>("concert.ingest.alerts");
        Task<IngestSummary> running = runner.RunAsync(stop.Token);

        using (TcpClient accepted = await server.AcceptTcpClientAsync().WaitAsync(Patience))
        {
            await WaitUntil(() => runner.Feeds[0].Statistics.IsConnected);
            Assert.Equal(1, Assert.Single(Latest(connected)).Value);
        }

        await WaitUntil(() => !runner.Feeds[0].Statistics.IsConnected);
        Assert.Equal(0, Assert.Single(Latest(connected)).Value);
        Assert.Equal("the server closed the connection", runner.Feeds[0].Statistics.Disconnection);
        CollectedMeasurement<long> alert = Assert.Single(alerts.GetMeasurementSnapshot());
        Assert.Equal("FeedDown", alert.Tags[MaritimeMetrics.KindTag]);
        await stop.CancelAsync();
        await running;
    }

    private static FeedOptions Live(string name, int port) =>
        new() { Name = name, Kind = FeedKind.NmeaTcp, Host = "127.0.0.1", Port = port, Label = FileFeeds.Open };

    private static int ClosedTcpPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    // An observable instrument's values as a collector reads them now.
    private static IReadOnlyList<CollectedMeasurement<T>> Latest<T>(MetricCollector<T> collector)
        where T : struct
    {
        collector.Clear();
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "timed out");
            await Task.Delay(10);
        }
    }

    private MetricCollector<T> Collector<T>(string instrument)
        where T : struct => new(_meters, MaritimeMetrics.MeterName, instrument);
}
