using System.Globalization;
using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// An archive from before positions kept accuracy, rate of turn, altitude and station (and while they kept the 32-bit
/// payload hash) opens with the four columns in positions, its track segment and its snapshots, in the order of a new
/// archive, its old rows reading "not available"; it loses the hash, and then stores and returns the details on every
/// read path.
/// </summary>
public sealed class PositionDetailsMigrationTests : IDisposable
{
    private static readonly DateTimeOffset Noon = Day.AddHours(12);
    private static readonly PositionRecord First = Position(1, Noon, 54, 10, 1);
    private static readonly PositionRecord Second = Position(2, Noon, 55, 11, 1);
    private static readonly string[] PositionColumns =
        ["t", "mmsi", "lat", "lon", "sog", "cog", "heading", "status", "msg_type", "receivers", "source", "label", "accuracy", "rot", "altitude", "station"];

    private readonly TestArchive _test = new();
    private readonly ArchiveOptions _old;

    public PositionDetailsMigrationTests()
    {
        _old = _test.Options with { DatabasePath = Path.Combine(_test.Directory, "old.duckdb") };
        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        long day = Noon.ToUnixTimeSeconds() / 86_400, snapshot = Micros(Noon.AddHours(1));
        PositionArchive.Execute(connection, LegacyArchive.Schema("UINTEGER", firstSegmentId: 2) + LegacyArchive.ReadPathsWithoutHash
            + LegacyArchive.InsertPositions([First, Second], p => (uint)p.PayloadHash));
        PositionArchive.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO track_segments VALUES (1, {day}, {day + 1});
            CREATE TABLE track_segment_1 AS SELECT * EXCLUDE (hash) FROM positions ORDER BY mmsi, t;
            INSERT INTO track_days SELECT {day}, 1, count(*), sum(receivers) FROM positions;
            INSERT INTO vessel_snapshots SELECT {snapshot}, * EXCLUDE (hash) FROM positions;
            INSERT INTO vessel_snapshot_times VALUES ({snapshot}, 2, 2, 2);
            """));
    }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Opening_adds_the_details_to_every_copy_of_the_positions_in_a_new_archives_order_and_drops_the_hash()
    {
        PositionArchive.Open(_old).Dispose();
        _test.Archive.Dispose();

        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        Assert.Equal(PositionColumns, Columns(connection, "positions"));
        Assert.Equal(PositionColumns, Columns(connection, "track_segment_1"));
        Assert.Equal(["s", .. PositionColumns], Columns(connection, "vessel_snapshots"));
        // The old rows read as they did: low accuracy, no rate of turn, no altitude, no station.
        foreach (string table in new[] { "positions", "track_segment_1", "vessel_snapshots" })
        {
            Assert.Equal(["false -128 4095 0", "false -128 4095 0"], PositionArchive.TextColumn(connection,
                $"SELECT concat_ws(' ', accuracy, rot, altitude, station) FROM {table} ORDER BY mmsi"));
        }
        // A new archive has the same columns.
        using var fresh = new DuckDBConnection(PositionArchive.ConnectionString(_test.Options.DatabasePath));
        fresh.Open();
        Assert.Equal(PositionColumns, Columns(fresh, "positions"));
        Assert.Equal(["s", .. PositionColumns], Columns(fresh, "vessel_snapshots"));
    }

    [Fact]
    public void A_migrated_archive_returns_its_old_rows_ignores_a_replay_and_keeps_new_details_on_every_read_path()
    {
        var releasable = ReleasableLabels.Of([1]);
        PositionRecord detailed;
        using (PositionArchive archive = PositionArchive.Open(_old))
        {
            using (ArchiveQueries queries = archive.OpenQueries())
            {
                // Before any refresh: the track from the migrated segment, the picture from the migrated snapshot.
                Assert.Equal([First.AsRead()], queries.Track(1, Day, Day.AddDays(1), releasable));
                Assert.Equal([First.AsRead(), Second.AsRead()], queries.VesselsInBoxBySnapshot(GeoBox.World, Noon.AddHours(1.25), TimeSpan.FromHours(6), releasable));
            }
            // Replayed with other hashes: the stored values are the key.
            Assert.Equal(0, archive.Commit(Of(First with { PayloadHash = 5 }, Second with { PayloadHash = 6 })));
            archive.Commit(Of([], [new ReceiverCountUpdate(First, 2)]));
            detailed = Detailed(1, Noon.AddHours(1.5), 54.1, 10.1, 1, archive.RegisterStation("AISHUB-7")) with { AltitudeRaw = 300, MessageType = 9 };
            Assert.Equal(1, archive.Commit(Of(detailed)));
            archive.RefreshReadPaths(Noon.AddDays(2));
        }
        using PositionArchive reopened = PositionArchive.Open(_old);
        using ArchiveQueries reread = reopened.OpenQueries();

        Assert.Equal([First.AsRead() with { Receivers = 2 }, detailed.AsRead()], reread.Track(1, Day, Day.AddDays(1), releasable));
        DateTimeOffset later = Noon.AddHours(2.5);
        Assert.Equal([detailed.AsRead(), Second.AsRead()], reread.VesselsInBoxBySnapshot(GeoBox.World, later, TimeSpan.FromHours(6), releasable));
        Assert.Equal([detailed.AsRead(), Second.AsRead()], reread.VesselsInBoxByScan(GeoBox.World, later, TimeSpan.FromHours(6), releasable));
        // The station's name, read back by a new instance from the archive's table.
        Assert.Equal("AISHUB-7", reopened.StationName(detailed.StationId));
        Assert.Null(reopened.StationName(PositionRecord.NoStation));
        Assert.Equal(3, reopened.CountPositions());
    }

    private static List<string> Columns(DuckDBConnection connection, string table) => PositionArchive.TextColumn(connection,
        $"SELECT column_name FROM duckdb_columns() WHERE table_name = '{table}' ORDER BY column_index");
}
