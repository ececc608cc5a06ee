using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// The fast read paths (the per-vessel segments of closed days, the half-hourly snapshots) against an oracle computed in
/// memory from the positions committed: random vessels, labels, times (same-second ties included) and boxes, before and
/// after late positions arrive for times already copied and as closed days merge into blocks; and what each refresh
/// rewrote, which must be only what changed.
/// </summary>
public sealed class ReadPathEquivalenceTests : IDisposable
{
    private static readonly TimeSpan[] Stalenesses =
        [TimeSpan.FromMinutes(15), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(7)];

    private readonly TestArchive _test = new();
    private readonly List<PositionRecord> _committed = [];
    private readonly HashSet<(long Time, PositionKey Key)> _keys = [];

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tracks_and_pictures_equal_the_oracle_before_and_after_late_positions(int seed)
    {
        var random = new Random(seed);
        ushort[] labels =
        [
            _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR")),
            _test.Archive.RegisterLabel(TestArchive.Label(Classification.Restricted, "GBR")),
            _test.Archive.RegisterLabel(TestArchive.Label(Classification.Secret, "GBR")),
        ];
        Commit(random, labels, count: 3000, from: Day, to: Day.AddDays(3));
        DateTimeOffset now = Day.AddDays(2).AddHours(12);

        ReadPathRefresh first = _test.Archive.RefreshReadPaths(now);

        // Days 0 and 1 are closed; their block of four days is not, so each is a segment of its own.
        Assert.Equal([Segment(Day, 1), Segment(Day.AddDays(1), 1)], first.TrackSegments);
        Assert.Equal(120, first.SnapshotsBuilt);
        ReadPathRefresh unchanged = _test.Archive.RefreshReadPaths(now);
        Assert.Empty(unchanged.TrackSegments);
        Assert.Equal(0, unchanged.SnapshotsBuilt);
        CompareWithOracle(random, labels);

        // Late positions for closed day 1 and snapshotted intervals: the next refresh rewrites that day alone, and the
        // snapshots from the end of the first changed half hour (25:30) to six hours after the last (30:00).
        Commit(random, labels, count: 200, from: Day.AddHours(25).AddSeconds(1), to: Day.AddHours(30));
        ReadPathRefresh second = _test.Archive.RefreshReadPaths(now);

        Assert.Equal([Segment(Day.AddDays(1), 1)], second.TrackSegments);
        Assert.Equal(22, second.SnapshotsBuilt);
        CompareWithOracle(random, labels);
    }

    [Fact]
    public void Closed_days_merge_into_blocks_and_a_late_day_is_rewritten_alone()
    {
        var random = new Random(4);
        ushort[] labels =
        [
            _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR")),
            _test.Archive.RegisterLabel(TestArchive.Label(Classification.Restricted, "GBR")),
        ];
        IngestBatch firstDays = Commit(random, labels, count: 4000, from: Day, to: Day.AddDays(10));

        // 2026-03-01 is day 20,513 since 1970: blocks of four days start on 02-28 and 03-04 and are closed by 03-10;
        // 03-08 and 03-09 are closed days of a block still open.
        ReadPathRefresh first = _test.Archive.RefreshReadPaths(Day.AddDays(9.5));
        Assert.Equal(
            [Segment(Day.AddDays(-1), 4), Segment(Day.AddDays(3), 4), Segment(Day.AddDays(7), 1), Segment(Day.AddDays(8), 1)],
            first.TrackSegments);
        CompareWithOracle(random, labels);

        // A replay of the copied days adds nothing; a late position on 03-02 rewrites that day alone.
        Assert.Equal(0, _test.Archive.Commit(firstDays));
        Commit(random, labels, count: 1, from: Day.AddDays(1.5), to: Day.AddDays(1.5).AddSeconds(1));
        ReadPathRefresh late = _test.Archive.RefreshReadPaths(Day.AddDays(9.5));
        Assert.Equal([Segment(Day.AddDays(1), 1)], late.TrackSegments);
        CompareWithOracle(random, labels);

        // When the block of sixteen days closes, everything in it merges into one segment.
        ReadPathRefresh merged = _test.Archive.RefreshReadPaths(Day.AddDays(27.5));
        Assert.Equal([Segment(Day.AddDays(-1), 16)], merged.TrackSegments);
        CompareWithOracle(random, labels);

        // Late positions on four of its days: after three days rewritten alone the block would be merged again, so
        // the refresh merges it at once.
        foreach (int day in new[] { 0, 2, 4, 6 })
        {
            Commit(random, labels, count: 1, from: Day.AddDays(day + 0.5), to: Day.AddDays(day + 0.5).AddSeconds(1));
        }
        Assert.Equal([Segment(Day.AddDays(-1), 16)], _test.Archive.RefreshReadPaths(Day.AddDays(27.5)).TrackSegments);
        CompareWithOracle(random, labels);
    }

    [Fact]
    public void Days_dropped_by_retention_leave_the_segments_at_the_next_refresh()
    {
        using var test = new TestArchive(new RetentionPolicy(DaysInDatabase: 1, DaysOfParquet: null));
        ushort label = test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"));
        PositionRecord[] positions = [.. Enumerable.Range(0, 3).Select(day => Position(1, Day.AddDays(day).AddHours(6), 54, 10, label))];
        test.Archive.Commit(Of(positions));
        Assert.Equal([new TrackSegmentWritten(new DateOnly(2026, 2, 28), 4, 3)], test.Archive.RefreshReadPaths(Day.AddDays(3.5)).TrackSegments);

        Assert.Equal(3, test.Archive.ApplyRetention(Day.AddDays(3.5)).PositionsRemoved);

        // Each day is gone from the block that held it, and the empty block with them.
        Assert.Equal(
            Enumerable.Range(0, 3).Select(day => new TrackSegmentWritten(DateOnly.FromDateTime(Day.AddDays(day).UtcDateTime), 1, 0)),
            test.Archive.RefreshReadPaths(Day.AddDays(3.5)).TrackSegments);
        using ArchiveQueries queries = test.Archive.OpenQueries();
        Assert.Empty(queries.Track(1, Day, Day.AddDays(3), ReleasableLabels.Of([label])));
    }

    [Fact]
    public void A_raised_receiver_count_rebuilds_the_snapshots_that_hold_the_position()
    {
        ushort label = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"));
        PositionRecord heard = Position(1, Day.AddHours(1.5), 54, 10, label, hash: 42);
        _test.Archive.Commit(Of(heard, Position(2, Day.AddHours(1.5), 55, 11, label)));
        DateTimeOffset now = Day.AddHours(12);
        Assert.Equal(22, _test.Archive.RefreshReadPaths(now).SnapshotsBuilt);

        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(heard, 3)]));

        // The snapshots from 01:30 to 07:30 hold the position; the count of positions did not change, their receivers did.
        Assert.Equal(13, _test.Archive.RefreshReadPaths(now).SnapshotsBuilt);
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        PositionRecord picture = Assert.Single(queries.VesselsInBoxBySnapshot(new GeoBox(53.5, 9.5, 54.5, 10.5), Day.AddHours(5), TimeSpan.FromHours(6), ReleasableLabels.Of([label])));
        Assert.Equal(3, picture.Receivers);
    }

    [Fact]
    public void Hourly_snapshots_of_an_older_archive_are_rebuilt_every_half_hour_by_the_next_refresh()
    {
        var random = new Random(11);
        ushort[] labels = [_test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"))];
        Commit(random, labels, count: 1000, from: Day, to: Day.AddHours(12));
        DateTimeOffset now = Day.AddHours(12);
        Assert.Equal(24, _test.Archive.RefreshReadPaths(now).SnapshotsBuilt);
        // What an archive refreshed when snapshots were hourly holds: none at the half hours, and each hour's counts
        // over the hour before it.
        using (var connection = new DuckDBConnection(PositionArchive.ConnectionString(_test.Options.DatabasePath)))
        {
            connection.Open();
            PositionArchive.Execute(connection, """
                DELETE FROM vessel_snapshots WHERE s % 3600000000 <> 0;
                DELETE FROM vessel_snapshot_times WHERE s % 3600000000 <> 0;
                UPDATE vessel_snapshot_times
                SET positions = (SELECT count(*) FROM positions WHERE t > s - 3600000000 AND t <= s),
                    receivers = (SELECT coalesce(sum(receivers), 0) FROM positions WHERE t > s - 3600000000 AND t <= s);
                """);
        }

        // Every snapshot is built again, the half hours' and the hours' (whose counts no longer match an interval).
        Assert.Equal(24, _test.Archive.RefreshReadPaths(now).SnapshotsBuilt);
        Assert.Equal(0, _test.Archive.RefreshReadPaths(now).SnapshotsBuilt);
        CompareWithOracle(random, labels);
    }

    [Fact]
    public void Without_a_refresh_the_queries_read_the_time_ordered_table()
    {
        ushort label = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"));
        Commit(new Random(9), [label], count: 500, from: Day, to: Day.AddDays(2));

        CompareWithOracle(new Random(10), [label]);
    }

    // The segment of `days` days from `first` as a refresh reports it written, with the positions committed for them.
    private TrackSegmentWritten Segment(DateTimeOffset first, int days) =>
        new(DateOnly.FromDateTime(first.UtcDateTime), days,
            _committed.Count(p => p.TimeMicros >= Micros(first) && p.TimeMicros < Micros(first.AddDays(days))));

    private IngestBatch Commit(Random random, ushort[] labels, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var batch = new PositionRecord[count];
        long span = (long)(to - from).TotalSeconds;
        for (int i = 0; i < count;)
        {
            // Whole seconds from a small set of vessels, so that several reports share a vessel and a second; a third of
            // them at one of four places, so that reports of one second tie on their position too and are ordered by
            // what follows it, details and receiving station included (most have none, so they tie on those too).
            var time = from.AddSeconds(random.NextInt64(span));
            bool onGrid = random.Next(3) == 0;
            batch[i] = Position(
                (uint)(211_000_000 + random.Next(12)), time,
                onGrid ? 52 + random.Next(2) : 50 + random.NextDouble() * 10, onGrid ? 2 + random.Next(2) : random.NextDouble() * 10,
                labels[random.Next(labels.Length)], hash: (ulong)random.NextInt64(1, long.MaxValue), receivers: (byte)random.Next(1, 3))
                with
                {
                    HighAccuracy = random.Next(2) == 0,
                    RateOfTurnRaw = random.Next(2) == 0 ? PositionRecord.RateOfTurnNotAvailable : (sbyte)random.Next(-127, 128),
                    AltitudeRaw = random.Next(4) == 0 ? (ushort)random.Next(4095) : PositionRecord.AltitudeNotAvailable,
                    StationId = (ushort)random.Next(3),
                };
            // Reports equal in vessel, time and values are one position to the archive: the oracle keeps them apart, so
            // the generator makes none.
            if (_keys.Add((batch[i].TimeMicros, PositionKey.Of(batch[i]))))
            {
                i++;
            }
        }
        IngestBatch committed = Of(batch);
        _test.Archive.Commit(committed);
        // The reads return positions without their hash and settle ties by their values.
        _committed.AddRange(batch.Select(p => p.AsRead()));
        return committed;
    }

    private void CompareWithOracle(Random random, ushort[] labels)
    {
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        int days = (int)Math.Ceiling((_committed.Max(p => p.TimeMicros) - Micros(Day)) / 86_400e6);
        for (int round = 0; round < 40; round++)
        {
            var releasable = ReleasableLabels.Of(labels.Where(_ => random.Next(3) > 0));
            uint mmsi = (uint)(211_000_000 + random.Next(12));
            DateTimeOffset from = Day.AddMinutes(random.Next(-60, days * 24 * 60));
            DateTimeOffset to = from.AddMinutes(random.Next(0, days * 24 * 60));
            Assert.Equal(OracleTrack(mmsi, from, to, releasable), queries.Track(mmsi, from, to, releasable));

            // Snapshot boundaries themselves, and times between them.
            DateTimeOffset at = round % 4 == 0 ? Day.AddMinutes(30 * random.Next(0, days * 48)) : Day.AddSeconds(random.Next(0, days * 86_400));
            TimeSpan staleness = Stalenesses[random.Next(Stalenesses.Length)];
            double south = 50 + random.NextDouble() * 8, west = random.NextDouble() * 8;
            var box = new GeoBox(south, west, south + random.NextDouble() * 4, west + random.NextDouble() * 4);
            PositionRecord[] expected = OracleBox(box, at, staleness, releasable);
            Assert.Equal(expected, queries.VesselsInBox(box, at, staleness, releasable));
            Assert.Equal(expected, queries.VesselsInBoxBySnapshot(box, at, staleness, releasable));
            Assert.Equal(expected, queries.VesselsInBoxByScan(box, at, staleness, releasable));
        }
    }

    private PositionRecord[] OracleTrack(uint mmsi, DateTimeOffset from, DateTimeOffset to, ReleasableLabels releasable) =>
    [
        .. _committed
            .Where(p => p.Mmsi == mmsi && p.TimeMicros >= Micros(from) && p.TimeMicros <= Micros(to) && releasable.Ids.Contains(p.LabelId))
            .InArchiveOrder(),
    ];

    private PositionRecord[] OracleBox(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable) =>
    [
        .. _committed
            .Where(p => p.TimeMicros <= Micros(at) && p.TimeMicros >= Micros(at - staleness) && releasable.Ids.Contains(p.LabelId))
            .GroupBy(p => p.Mmsi)
            .Select(vessel => vessel.InArchiveOrder().Last())
            .Where(p => p.LatitudeRaw >= PositionRecord.ToRaw(box.South) && p.LatitudeRaw <= PositionRecord.ToRaw(box.North)
                && p.LongitudeRaw >= PositionRecord.ToRaw(box.West) && p.LongitudeRaw <= PositionRecord.ToRaw(box.East))
            .OrderBy(p => p.Mmsi),
    ];
}
