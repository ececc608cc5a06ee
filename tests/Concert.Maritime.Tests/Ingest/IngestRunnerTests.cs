using System.IO.Compression;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Ingest;

public sealed class IngestRunnerTests : IDisposable
{
    private const long Start = 1_772_323_200; // 2026-03-01T00:00:00Z
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task A_message_heard_by_two_receivers_is_stored_once_with_both_counted()
    {
        string[] lines =
        [
            NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start, station: "north"),
            NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start + 2, station: "south"),
            NmeaSentences.PositionA(211_000_002, 55.0, 11.0, second: 1, unixTime: Start + 2, station: "south"),
            // The same payload again 40 s later is a new report (outside the 30 s window), not a repeat.
            NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start + 40, station: "north"),
        ];
        string path = FileFeeds.WriteLines(_test.Directory, "two-receivers.nmea", lines);

        IngestSummary summary = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));

        Assert.Equal(3, summary.PositionsCommitted);
        Assert.Equal(1, summary.RepeatsMerged);
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        IReadOnlyList<PositionRecord> track = queries.Track(211_000_001, Day, Day.AddHours(1), ReleasableLabels.Of([1]));
        Assert.Equal([2, 1], track.Select(position => (int)position.Receivers));
        Assert.Equal([Start * 1_000_000, (Start + 40) * 1_000_000], track.Select(position => position.TimeMicros));
    }

    [Fact]
    public async Task Ingesting_the_same_file_twice_gives_the_same_archive()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "replay.nmea", SyntheticLines(count: 5_000, vessels: 50));

        IngestSummary first = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));
        IReadOnlyList<PositionRecord> before = AllPositions();
        IngestSummary second = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));

        Assert.Equal(5_000, first.PositionsCommitted);
        Assert.Equal(0, second.PositionsCommitted);
        Assert.Equal(before, AllPositions());
    }

    [Fact]
    public async Task A_gzip_file_ingests_like_the_plain_one_and_bad_lines_are_counted_by_reason()
    {
        string[] lines = [.. SyntheticLines(count: 100, vessels: 10), "garbage line", "!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*00"];
        string path = Path.Combine(_test.Directory, "log.nmea.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var text = new StreamWriter(gzip))
        {
            foreach (string line in lines)
            {
                text.WriteLine(line);
            }
        }

        IngestSummary summary = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));

        FeedOutcome feed = Assert.Single(summary.Feeds);
        Assert.Null(feed.Error);
        Assert.Equal(102, feed.Statistics.Lines);
        Assert.Equal(100, feed.Statistics.Positions);
        Assert.Equal(1, feed.Statistics.RejectsByReason["NotAis"]);
        Assert.Equal(1, feed.Statistics.RejectsByReason["BadChecksum"]);
        Assert.Equal(100, summary.PositionsCommitted);
    }

    [Fact]
    public async Task A_missing_file_fails_its_feed_with_an_alert_and_the_other_feed_still_ingests()
    {
        string good = FileFeeds.WriteLines(_test.Directory, "good.nmea", SyntheticLines(count: 10, vessels: 2));
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(Path.Combine(_test.Directory, "absent.nmea"), "absent"), FileFeeds.Nmea(good, "good")]);
        var alerts = new List<IngestAlert>();
        runner.Pipeline.Alert += (_, alert) => alerts.Add(alert);

        IngestSummary summary = await runner.RunAsync();

        Assert.NotNull(summary.Feeds[0].Error);
        Assert.Null(summary.Feeds[1].Error);
        Assert.Equal(10, summary.PositionsCommitted);
        Assert.Equal(IngestAlertKind.FeedDown, Assert.Single(alerts).Kind);
    }

    [Fact]
    public async Task A_feed_without_a_label_stops_the_run_before_anything_is_ingested()
    {
        string good = FileFeeds.WriteLines(_test.Directory, "good.nmea", SyntheticLines(count: 10, vessels: 2));
        var runner = new IngestRunner(_test.Archive, [new FeedOptions { Name = "unlabelled", Kind = FeedKind.NmeaFile, Path = good }]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync());
        Assert.Equal(0, _test.Archive.CountPositions());
    }

    [Fact]
    public async Task Subscribers_see_a_batch_only_once_it_is_in_the_archive()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "ordered.nmea", SyntheticLines(count: 3_000, vessels: 30));
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)], new IngestOptions { BatchSize = 500, ChunkSize = 100 });
        var storedWhenPublished = new List<(long Stored, long Seen)>();
        long seen = 0;
        runner.Pipeline.Committed += (_, batch) =>
        {
            seen += batch.Positions.Length;
            storedWhenPublished.Add((_test.Archive.CountPositions(), seen));
        };

        await runner.RunAsync();

        Assert.True(storedWhenPublished.Count > 1);
        Assert.All(storedWhenPublished, pair => Assert.True(pair.Stored >= pair.Seen));
        Assert.Equal(3_000, seen);
    }

    private IReadOnlyList<PositionRecord> AllPositions()
    {
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        return [.. Enumerable.Range(0, 50).SelectMany(i => queries.Track(211_000_000 + (uint)i, Day.AddDays(-1), Day.AddDays(2), ReleasableLabels.Of([1])))];
    }

    internal static IEnumerable<string> SyntheticLines(int count, int vessels)
    {
        for (int i = 0; i < count; i++)
        {
            int vessel = i % vessels;
            yield return NmeaSentences.PositionA(211_000_000 + (uint)vessel, 54 + vessel * 0.01 + i * 1e-5, 10 + i * 1e-5, second: i % 60, unixTime: Start + i);
        }
    }
}
