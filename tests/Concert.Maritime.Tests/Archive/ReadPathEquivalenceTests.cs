using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// The fast read paths (the per-vessel copy of closed days, the hourly snapshots) against an oracle computed in memory
/// from the positions committed: random vessels, labels, times (same-second ties included) and boxes over three days,
/// before and after late positions arrive for times already copied.
/// </summary>
public sealed class ReadPathEquivalenceTests : IDisposable
{
    private static readonly TimeSpan[] Stalenesses =
        [TimeSpan.FromMinutes(15), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(7)];

    private readonly TestArchive _test = new();
    private readonly List<PositionRecord> _committed = [];

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

        Assert.True(first.TracksRebuilt);
        Assert.Equal(60, first.SnapshotsBuilt);
        Assert.Equal(new ReadPathRefresh(false, 0), _test.Archive.RefreshReadPaths(now));
        CompareWithOracle(random, labels);

        // Late positions for a closed day and a snapshotted hour: the next refresh rebuilds what they changed.
        Commit(random, labels, count: 200, from: Day.AddHours(20), to: Day.AddHours(30));
        ReadPathRefresh second = _test.Archive.RefreshReadPaths(now);

        Assert.True(second.TracksRebuilt);
        Assert.Equal(60 - 20, second.SnapshotsBuilt);
        CompareWithOracle(random, labels);
    }

    [Fact]
    public void Without_a_refresh_the_queries_read_the_time_ordered_table()
    {
        ushort label = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"));
        Commit(new Random(9), [label], count: 500, from: Day, to: Day.AddDays(2));

        CompareWithOracle(new Random(10), [label]);
    }

    private void Commit(Random random, ushort[] labels, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var batch = new PositionRecord[count];
        long span = (long)(to - from).TotalSeconds;
        for (int i = 0; i < count; i++)
        {
            // Whole seconds from a small set of vessels, so that several reports share a vessel and a second.
            var time = from.AddSeconds(random.NextInt64(span));
            batch[i] = Position(
                (uint)(211_000_000 + random.Next(12)), time, 50 + random.NextDouble() * 10, random.NextDouble() * 10,
                labels[random.Next(labels.Length)], hash: (ulong)random.NextInt64(1, long.MaxValue));
        }
        _test.Archive.Commit(Of(batch));
        _committed.AddRange(batch);
    }

    private void CompareWithOracle(Random random, ushort[] labels)
    {
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        for (int round = 0; round < 40; round++)
        {
            var releasable = ReleasableLabels.Of(labels.Where(_ => random.Next(3) > 0));
            uint mmsi = (uint)(211_000_000 + random.Next(12));
            DateTimeOffset from = Day.AddMinutes(random.Next(-60, 3 * 24 * 60));
            DateTimeOffset to = from.AddMinutes(random.Next(0, 3 * 24 * 60));
            Assert.Equal(OracleTrack(mmsi, from, to, releasable), queries.Track(mmsi, from, to, releasable));

            // Snapshot boundaries themselves, and times between them.
            DateTimeOffset at = round % 4 == 0 ? Day.AddHours(random.Next(0, 72)) : Day.AddSeconds(random.Next(0, 3 * 86_400));
            TimeSpan staleness = Stalenesses[random.Next(Stalenesses.Length)];
            double south = 50 + random.NextDouble() * 8, west = random.NextDouble() * 8;
            var box = new GeoBox(south, west, south + random.NextDouble() * 4, west + random.NextDouble() * 4);
            PositionRecord[] expected = OracleBox(box, at, staleness, releasable);
            Assert.Equal(expected, queries.VesselsInBox(box, at, staleness, releasable));
            Assert.Equal(expected, queries.VesselsInBoxByScan(box, at, staleness, releasable));
        }
    }

    private PositionRecord[] OracleTrack(uint mmsi, DateTimeOffset from, DateTimeOffset to, ReleasableLabels releasable) =>
    [
        .. _committed
            .Where(p => p.Mmsi == mmsi && p.TimeMicros >= Micros(from) && p.TimeMicros <= Micros(to) && releasable.Ids.Contains(p.LabelId))
            .OrderBy(p => p.TimeMicros).ThenBy(p => p.PayloadHash),
    ];

    private PositionRecord[] OracleBox(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable) =>
    [
        .. _committed
            .Where(p => p.TimeMicros <= Micros(at) && p.TimeMicros >= Micros(at - staleness) && releasable.Ids.Contains(p.LabelId))
            .GroupBy(p => p.Mmsi)
            .Select(vessel => vessel.OrderByDescending(p => p.TimeMicros).ThenByDescending(p => p.PayloadHash).First())
            .Where(p => p.LatitudeRaw >= PositionRecord.ToRaw(box.South) && p.LatitudeRaw <= PositionRecord.ToRaw(box.North)
                && p.LongitudeRaw >= PositionRecord.ToRaw(box.West) && p.LongitudeRaw <= PositionRecord.ToRaw(box.East))
            .OrderBy(p => p.Mmsi),
    ];
}
