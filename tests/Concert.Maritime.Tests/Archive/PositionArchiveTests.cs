using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

public sealed class PositionArchiveTests : IDisposable
{
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void The_same_label_gets_the_same_id_and_different_labels_different_ids()
    {
        ushort secret = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Secret, "GBR"));
        ushort unclassified = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR", "FRA"));
        Assert.NotEqual(secret, unclassified);
        Assert.Equal(secret, _test.Archive.RegisterLabel(TestArchive.Label(Classification.Secret, "GBR")));
    }

    [Fact]
    public void A_label_id_survives_reopening_the_archive()
    {
        ushort first = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Restricted, "NOR"));
        _test.Archive.Dispose();
        using PositionArchive reopened = PositionArchive.Open(_test.Options);
        Assert.Equal(first, reopened.RegisterLabel(TestArchive.Label(Classification.Restricted, "NOR")));
    }

    [Fact]
    public void Stored_labels_read_back_by_id_as_the_labels_registered()
    {
        ConfidentialityLabel secret = TestArchive.Label(Classification.Secret, "GBR");
        ConfidentialityLabel restricted = TestArchive.Label(Classification.Restricted, "NOR", "FRA");
        ushort secretId = _test.Archive.RegisterLabel(secret);
        ushort restrictedId = _test.Archive.RegisterLabel(restricted);

        var reader = new Concert.Sharing.Stanag4774.Stanag4774LabelReader(CommunityRegistry.Default);
        Dictionary<ushort, ConfidentialityLabel> stored = _test.Archive.StoredLabels().ToDictionary(entry => entry.Key, entry => reader.Read(entry.Value));
        Assert.Equal([secretId, restrictedId], stored.Keys.Order());
        Assert.Equal(Classification.Secret, stored[secretId].Classification);
        Assert.Equal(Classification.Restricted, stored[restrictedId].Classification);
        Assert.Equal(restricted.ToString(), stored[restrictedId].ToString());
    }

    [Fact]
    public void Committing_the_same_batch_twice_stores_it_once()
    {
        IngestBatch batch = Of(
            Position(211_000_001, Day, 54.0, 10.0, 1),
            Position(211_000_001, Day.AddSeconds(10), 54.001, 10.001, 1),
            Position(211_000_002, Day, 55.0, 11.0, 1));

        Assert.Equal(3, _test.Archive.Commit(batch));
        Assert.Equal(0, _test.Archive.Commit(batch));
        Assert.Equal(3, _test.Archive.CountPositions());
    }

    [Fact]
    public void A_batch_overlapping_what_is_stored_adds_only_its_new_positions_with_their_values()
    {
        PositionRecord first = Position(211_000_001, Day, 54.0, 10.0, 1);
        PositionRecord sameSecond = Position(211_000_002, Day.AddSeconds(10), 55.0, 11.0, 1);
        _test.Archive.Commit(Of(first, sameSecond));

        // A replayed position, a new one in the newest stored second, and one after it: the last two are new.
        PositionRecord sharedSecond = Position(211_000_003, Day.AddSeconds(10), 56.0, 12.0, 1);
        PositionRecord later = Position(211_000_001, Day.AddSeconds(20), 54.1, 10.1, 1);
        Assert.Equal(2, _test.Archive.Commit(Of(later, sameSecond, sharedSecond, first)));

        using ArchiveQueries queries = _test.Archive.OpenQueries();
        Assert.Equal([first.AsRead(), later.AsRead()], queries.Track(211_000_001, Day, Day.AddHours(1), ReleasableLabels.Of([1])));
        Assert.Equal([sharedSecond.AsRead()], queries.Track(211_000_003, Day, Day.AddHours(1), ReleasableLabels.Of([1])));
        Assert.Equal(4, _test.Archive.CountPositions());
    }

    [Fact]
    public void After_reopening_a_replay_of_the_newest_positions_adds_nothing()
    {
        IngestBatch batch = Of(Position(211_000_001, Day, 54.0, 10.0, 1), Position(211_000_002, Day.AddSeconds(5), 55.0, 11.0, 1));
        _test.Archive.Commit(batch);
        _test.Archive.Dispose();

        using PositionArchive reopened = PositionArchive.Open(_test.Options);
        Assert.Equal(0, reopened.Commit(batch));
        Assert.Equal(2, reopened.CountPositions());
    }

    [Fact]
    public void A_track_comes_back_in_time_order_with_the_stored_values()
    {
        PositionRecord later = Position(211_000_001, Day.AddMinutes(2), 54.002, 10.002, 1);
        PositionRecord earlier = Position(211_000_001, Day.AddMinutes(1), 54.001, 10.001, 1);
        _test.Archive.Commit(Of(later, earlier, Position(211_000_009, Day.AddMinutes(1), 50, 5, 1)));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        IReadOnlyList<PositionRecord> track = queries.Track(211_000_001, Day, Day.AddHours(1), ReleasableLabels.Of([1]));

        Assert.Equal([earlier.AsRead(), later.AsRead()], track);
        Assert.Equal(54.001, track[0].Latitude, 6);
        Assert.Equal(10.0, track[0].SpeedKnots);
    }

    [Fact]
    public void Queries_return_only_positions_whose_label_the_viewer_may_see()
    {
        ushort open = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR", "FRA"));
        ushort secret = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Secret, "GBR"));
        _test.Archive.Commit(Of(
            Position(211_000_001, Day.AddMinutes(1), 54.0, 10.0, open),
            Position(211_000_001, Day.AddMinutes(2), 54.1, 10.1, secret),
            Position(211_000_002, Day.AddMinutes(2), 54.2, 10.2, secret)));
        using ArchiveQueries queries = _test.Archive.OpenQueries();
        var both = ReleasableLabels.Of([open, secret]);
        var openOnly = ReleasableLabels.Of([open]);
        var none = ReleasableLabels.Of([]);
        var area = new GeoBox(53, 9, 56, 11);

        Assert.Equal(2, queries.Track(211_000_001, Day, Day.AddHours(1), both).Count);
        Assert.Single(queries.Track(211_000_001, Day, Day.AddHours(1), openOnly));
        Assert.Empty(queries.Track(211_000_001, Day, Day.AddHours(1), none));

        // The viewer without the secret label sees vessel 1 where the open report put it, and not vessel 2 at all.
        IReadOnlyList<PositionRecord> picture = queries.VesselsInBox(area, Day.AddMinutes(3), TimeSpan.FromMinutes(10), openOnly);
        PositionRecord only = Assert.Single(picture);
        Assert.Equal(54.0, only.Latitude, 6);
        Assert.Equal(2, queries.VesselsInBox(area, Day.AddMinutes(3), TimeSpan.FromMinutes(10), both).Count);

        Assert.Equal(1, queries.Density(area, Day, Day.AddHours(1), 0.1, openOnly).Sum(cell => cell.Positions));
        Assert.Equal(3, queries.Density(area, Day, Day.AddHours(1), 0.1, both).Sum(cell => cell.Positions));
        Assert.Empty(queries.Density(area, Day, Day.AddHours(1), 0.1, none));
    }

    [Fact]
    public void The_picture_shows_each_vessel_at_its_last_position_within_the_staleness_window()
    {
        _test.Archive.Commit(Of(
            Position(1, Day.AddMinutes(1), 54.0, 10.0, 1),
            Position(1, Day.AddMinutes(5), 54.5, 10.5, 1),   // last known, inside the box
            Position(2, Day.AddMinutes(2), 54.2, 10.2, 1),   // inside, then left the box
            Position(2, Day.AddMinutes(6), 60.0, 20.0, 1),
            Position(3, Day.AddMinutes(-30), 54.3, 10.3, 1), // too old
            Position(4, Day.AddMinutes(20), 54.4, 10.4, 1))); // after the picture's time
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        IReadOnlyList<PositionRecord> picture = queries.VesselsInBox(new GeoBox(54, 10, 55, 11), Day.AddMinutes(10), TimeSpan.FromMinutes(15), ReleasableLabels.Of([1]));

        PositionRecord vessel = Assert.Single(picture);
        Assert.Equal(1u, vessel.Mmsi);
        Assert.Equal(54.5, vessel.Latitude, 6);
    }

    [Fact]
    public void Two_reports_in_the_same_second_are_settled_by_their_values_before_the_box_is_applied()
    {
        // Same vessel, same time: whatever their hashes, the report further north comes last in the archive's order and
        // is the last known one, though it lies outside the box; the track lists both in that order.
        PositionRecord inside = Position(1, Day.AddMinutes(5), 54.5, 10.5, 1, hash: 20);
        PositionRecord north = Position(1, Day.AddMinutes(5), 60.0, 20.0, 1, hash: 10);
        _test.Archive.Commit(Of(north, inside));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        Assert.Empty(queries.VesselsInBox(new GeoBox(54, 10, 55, 11), Day.AddMinutes(10), TimeSpan.FromMinutes(15), ReleasableLabels.Of([1])));
        Assert.Equal(north.AsRead(), Assert.Single(queries.VesselsInBox(GeoBox.World, Day.AddMinutes(10), TimeSpan.FromMinutes(15), ReleasableLabels.Of([1]))));
        Assert.Equal([inside.AsRead(), north.AsRead()], queries.Track(1, Day, Day.AddHours(1), ReleasableLabels.Of([1])));
    }

    [Fact]
    public void Density_counts_positions_and_vessels_per_tenth_of_a_degree()
    {
        _test.Archive.Commit(Of(
            Position(1, Day.AddMinutes(1), 54.01, 10.01, 1),
            Position(1, Day.AddMinutes(2), 54.02, 10.02, 1),
            Position(2, Day.AddMinutes(2), 54.05, 10.09, 1),
            Position(3, Day.AddMinutes(2), 54.15, 10.01, 1)));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        IReadOnlyList<DensityCell> cells = queries.Density(GeoBox.World, Day, Day.AddHours(1), 0.1, ReleasableLabels.Of([1]));

        Assert.Equal([new DensityCell(54.0, 10.0, 3, 2), new DensityCell(54.1, 10.0, 1, 1)], cells);
    }

    [Fact]
    public void A_later_receiver_raises_the_stored_count_and_a_replay_does_not_lower_it()
    {
        PositionRecord first = Position(1, Day, 54, 10, 1, hash: 42);
        _test.Archive.Commit(Of(first));
        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(first, 3)]));
        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(first, 2)]));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        Assert.Equal(3, Assert.Single(queries.Track(1, Day, Day, ReleasableLabels.Of([1]))).Receivers);
    }

    [Fact]
    public void Retention_exports_closed_days_to_parquet_then_drops_them_from_the_database()
    {
        _test.Archive.Dispose();
        using var archive = PositionArchive.Open(_test.Options with { Retention = new RetentionPolicy(DaysInDatabase: 2, DaysOfParquet: 3) });
        for (int day = 0; day < 5; day++)
        {
            archive.Commit(Of(Position(1, Day.AddDays(day).AddHours(1), 54, 10, 1), Position(2, Day.AddDays(day).AddHours(2), 55, 11, 1)));
        }

        RetentionResult result = archive.ApplyRetention(Day.AddDays(4).AddHours(12));

        // Days 0..3 are closed and exported; DuckDB keeps days 3 and 4; Parquet keeps days 2, 3 and 4.
        Assert.Equal(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"], result.Exported.Select(day => day.Day.ToString("yyyy-MM-dd")));
        Assert.All(result.Exported, day => Assert.Equal(2, day.Positions));
        Assert.Equal(6, result.PositionsRemoved);
        Assert.Equal(4, archive.CountPositions());
        Assert.Equal(["positions-2026-03-01.parquet", "positions-2026-03-02.parquet"], result.FilesRemoved.Select(Path.GetFileName));
        Assert.Equal(["positions-2026-03-03.parquet", "positions-2026-03-04.parquet"],
            Directory.GetFiles(_test.Options.ParquetDirectory!).Select(Path.GetFileName).Order());

        // A second run has nothing more to do.
        RetentionResult again = archive.ApplyRetention(Day.AddDays(4).AddHours(13));
        Assert.Empty(again.Exported);
        Assert.Equal(0, again.PositionsRemoved);
    }
}
