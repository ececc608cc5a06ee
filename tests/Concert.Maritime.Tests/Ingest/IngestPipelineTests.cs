using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Ingest;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task Batches_are_published_in_input_order_each_once()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "ordered.nmea", IngestRunnerTests.SyntheticLines(count: 5_000, vessels: 40));
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)], new IngestOptions { BatchSize = 300, ChunkSize = 50 });
        var times = new List<long>();
        var sequences = new List<long>();
        runner.Pipeline.Committed += (_, batch) =>
        {
            foreach (PositionRecord position in batch.Positions.Span)
            {
                times.Add(position.TimeMicros);
            }
            sequences.AddRange(batch.LastSequences.Values);
        };

        IngestSummary summary = await runner.RunAsync();

        Assert.Equal(5_000, summary.PositionsCommitted);
        Assert.Equal(5_000, times.Count);
        // The file's lines are one second apart: publication order is input order.
        Assert.Equal([.. times.Order()], times);
        Assert.Equal(5_000, times.Distinct().Count());
        Assert.Equal([.. sequences.Order()], sequences);
        Assert.Equal(5_000, sequences[^1]);
    }

    [Fact]
    public async Task A_slow_subscriber_holds_up_commits_only_a_bounded_number_of_batches_ahead()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "many.nmea", IngestRunnerTests.SyntheticLines(count: 20_000, vessels: 20));
        var options = new IngestOptions { BatchSize = 100, ChunkSize = 10, QueuedChunks = 2, QueuedBatches = 1 };
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)], options);
        using var release = new ManualResetEventSlim();
        long committedWhileBlocked = -1;
        int published = 0;
        runner.Pipeline.Committed += (_, _) =>
        {
            if (Interlocked.Increment(ref published) == 1)
            {
                // Hold the first publication until the archive has gone on past it and then stopped moving. The wait
                // for progress has a generous deadline rather than a fixed sleep: a loaded machine commits slowly.
                SpinWait.SpinUntil(() => runner.Pipeline.BatchesCommitted >= 2, TimeSpan.FromSeconds(60));
                long last = -1;
                while (runner.Pipeline.BatchesCommitted != last)
                {
                    last = runner.Pipeline.BatchesCommitted;
                    Thread.Sleep(1_000);
                }
                committedWhileBlocked = last;
                release.Set();
            }
        };

        IngestSummary summary = await runner.RunAsync();

        Assert.True(release.IsSet);
        // The batch being published, the one waiting in the hand-off (QueuedBatches = 1), and the one the commit stage
        // holds while it waits for room: the archive went on meanwhile, but no further.
        Assert.InRange(committedWhileBlocked, 2, 2 + options.QueuedBatches);
        Assert.Equal(20_000, summary.PositionsCommitted);
        Assert.Equal(runner.Pipeline.BatchesCommitted, published);
    }

    [Fact]
    public async Task A_failing_subscriber_is_alerted_and_ingest_goes_on()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "some.nmea", IngestRunnerTests.SyntheticLines(count: 2_000, vessels: 20));
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)], new IngestOptions { BatchSize = 200, ChunkSize = 20 });
        var alerts = new List<IngestAlert>();
        runner.Pipeline.Alert += (_, alert) => alerts.Add(alert);
        runner.Pipeline.Committed += (_, _) => throw new InvalidOperationException("subscriber broke");

        IngestSummary summary = await runner.RunAsync();

        Assert.Equal(2_000, summary.PositionsCommitted);
        Assert.Equal(2_000, _test.Archive.CountPositions());
        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert => Assert.Equal(IngestAlertKind.SubscriberFailed, alert.Kind));
        Assert.Contains("subscriber broke", alerts[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_run_commits_and_publishes_what_it_read_and_nothing_more()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "long.nmea", IngestRunnerTests.SyntheticLines(count: 50_000, vessels: 50));
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)], new IngestOptions { BatchSize = 500, ChunkSize = 50, QueuedChunks = 2, QueuedBatches = 1 });
        using var cancellation = new CancellationTokenSource();
        long published = 0;
        runner.Pipeline.Committed += (_, batch) =>
        {
            published += batch.Positions.Length;
            cancellation.Cancel();
        };

        IngestSummary summary = await runner.RunAsync(cancellation.Token);

        Assert.InRange(summary.PositionsCommitted, 1, 49_999);
        Assert.Equal(summary.PositionsCommitted, _test.Archive.CountPositions());
        Assert.Equal(summary.PositionsCommitted, published);
    }
}
