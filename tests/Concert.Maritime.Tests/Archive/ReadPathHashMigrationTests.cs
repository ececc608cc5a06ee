using System.Globalization;
using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// An archive whose read paths copied the 32-bit payload hash opens with track segments that lost the column but kept
/// their rows, and with snapshots rebuilt, by the next refresh, choosing ties by value instead of by hash.
/// </summary>
public sealed class ReadPathHashMigrationTests : IDisposable
{
    private static readonly DateTimeOffset Noon = Day.AddHours(12);

    // Two reports of one vessel in one second: the old snapshot kept the larger hash (inside the box), the archive's
    // order now puts the report further north last.
    private static readonly PositionRecord Inside = Position(1, Noon, 54.5, 10.5, 1, hash: 20);
    private static readonly PositionRecord North = Position(1, Noon, 60, 20, 1, hash: 10);
    private readonly TestArchive _test = new();
    private readonly ArchiveOptions _old;

    public ReadPathHashMigrationTests()
    {
        _old = _test.Options with { DatabasePath = Path.Combine(_test.Directory, "old.duckdb") };
        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        long day = Noon.ToUnixTimeSeconds() / 86_400, snapshot = Micros(Noon.AddHours(1));
        PositionArchive.Execute(connection, LegacyArchive.Schema("UINTEGER", firstSegmentId: 2) + LegacyArchive.InsertPositions([Inside, North], p => (uint)p.PayloadHash));
        PositionArchive.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO track_segments VALUES (1, {day}, {day + 1});
            CREATE TABLE track_segment_1 AS SELECT * FROM positions ORDER BY mmsi, t, hash;
            INSERT INTO track_days SELECT {day}, 1, count(*), sum(receivers) FROM positions;
            INSERT INTO vessel_snapshots SELECT {snapshot}, * FROM positions ORDER BY hash DESC LIMIT 1;
            INSERT INTO vessel_snapshot_times VALUES ({snapshot}, 2);
            """));
    }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Opening_drops_the_hash_from_the_segments_keeping_their_rows_and_drops_the_snapshots()
    {
        PositionArchive.Open(_old).Dispose();

        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        Assert.Empty(PositionArchive.TextColumn(connection, "SELECT table_name FROM duckdb_columns() WHERE column_name = 'hash' AND NOT internal AND table_name <> 'vessel_statics' ORDER BY 1"));
        Assert.Equal(["2", "0", "0"], PositionArchive.TextColumn(connection, """
            SELECT count(*)::VARCHAR FROM track_segment_1 UNION ALL SELECT count(*)::VARCHAR FROM vessel_snapshots
            UNION ALL SELECT count(*)::VARCHAR FROM vessel_snapshot_times
            """));
        Assert.Equal(["s", "positions", "receivers", "vessels"], PositionArchive.TextColumn(connection,
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'vessel_snapshot_times' ORDER BY column_index"));
    }

    [Fact]
    public void A_migrated_archive_reads_its_segments_and_rebuilds_its_snapshots_settling_ties_by_value()
    {
        using (PositionArchive archive = PositionArchive.Open(_old))
        {
            using (ArchiveQueries queries = archive.OpenQueries())
            {
                // Straight from the segment, before any refresh.
                Assert.Equal([Inside.AsRead(), North.AsRead()], queries.Track(1, Day, Day.AddDays(1), ReleasableLabels.Of([1])));
            }
            ReadPathRefresh refresh = archive.RefreshReadPaths(Noon.AddDays(1));
            Assert.Empty(refresh.TrackSegments);
            Assert.True(refresh.SnapshotsBuilt > 0);
        }
        // A second opening finds nothing to migrate, so the rebuilt snapshots stay.
        using PositionArchive reopened = PositionArchive.Open(_old);
        using ArchiveQueries reread = reopened.OpenQueries();

        Assert.Equal(North.AsRead(), Assert.Single(reread.VesselsInBoxBySnapshot(GeoBox.World, Noon.AddHours(5), TimeSpan.FromHours(6), ReleasableLabels.Of([1]))));
        Assert.Equal(North.AsRead(), Assert.Single(reread.VesselsInBoxByScan(GeoBox.World, Noon.AddHours(5), TimeSpan.FromHours(6), ReleasableLabels.Of([1]))));
        Assert.Equal(0, reopened.RefreshReadPaths(Noon.AddDays(1)).SnapshotsBuilt);
    }
}
