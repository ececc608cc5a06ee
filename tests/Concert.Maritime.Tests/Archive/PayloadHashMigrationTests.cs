using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// An archive written when positions kept the whole 64-bit hash opens without it (positions are keyed by their values
/// now), keeps its track segments' rows, and works: a replay adds nothing, receiver counts rise, the read paths rebuild.
/// </summary>
public sealed class PayloadHashMigrationTests : IDisposable
{
    private const ulong WideHash = 0xDEAD_BEEF_0000_002AUL;
    private static readonly DateTimeOffset Noon = Day.AddHours(12);
    private static readonly PositionRecord Older = Position(1, Noon, 54, 10, 1, hash: WideHash);
    private static readonly PositionRecord Newest = Position(1, Noon.AddSeconds(1), 54.01, 10, 1, hash: WideHash + 1);
    private readonly TestArchive _test = new();
    private readonly ArchiveOptions _old;

    public PayloadHashMigrationTests()
    {
        _old = _test.Options with { DatabasePath = Path.Combine(_test.Directory, "old.duckdb") };
        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        PositionArchive.Execute(connection, LegacyArchive.Schema("UBIGINT", firstSegmentId: 1) + LegacyArchive.InsertPositions([Older, Newest], p => p.PayloadHash));
        PositionArchive.Execute(connection, $"""
            INSERT INTO track_segments VALUES (1, {Noon.ToUnixTimeSeconds() / 86_400}, {Noon.ToUnixTimeSeconds() / 86_400 + 1});
            CREATE TABLE track_segment_1 AS SELECT * FROM positions ORDER BY mmsi, t, hash;
            INSERT INTO track_days SELECT {Noon.ToUnixTimeSeconds() / 86_400}, 1, count(*), sum(receivers) FROM positions;
            INSERT INTO vessel_snapshots SELECT {Micros(Noon.AddHours(1))}, * FROM positions;
            INSERT INTO vessel_snapshot_times VALUES ({Micros(Noon.AddHours(1))}, 2);
            """);
    }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Opening_drops_every_position_hash_keeps_the_segments_rows_and_drops_the_snapshots_chosen_by_hash()
    {
        PositionArchive.Open(_old).Dispose();

        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_old.DatabasePath));
        connection.Open();
        Assert.Empty(PositionArchive.TextColumn(connection, "SELECT table_name FROM duckdb_columns() WHERE column_name = 'hash' AND table_name <> 'vessel_statics'"));
        Assert.Equal(["2", "1", "1", "0", "0"], PositionArchive.TextColumn(connection, """
            SELECT count(*)::VARCHAR FROM positions UNION ALL SELECT count(*)::VARCHAR FROM track_segments
            UNION ALL SELECT count(*)::VARCHAR FROM track_days UNION ALL SELECT count(*)::VARCHAR FROM vessel_snapshots
            UNION ALL SELECT count(*)::VARCHAR FROM vessel_snapshot_times
            """));
        Assert.Equal(["2"], PositionArchive.TextColumn(connection, "SELECT count(*)::VARCHAR FROM track_segment_1"));
    }

    [Fact]
    public void A_migrated_archive_ignores_a_replay_raises_receiver_counts_and_rebuilds_its_read_paths()
    {
        using (PositionArchive archive = PositionArchive.Open(_old))
        {
            Assert.Equal(0, archive.Commit(Of(Newest)));
            Assert.Equal(0, archive.Commit(Of(Older)));
            archive.Commit(Of([], [new ReceiverCountUpdate(Older, 3)]));
            // The raised count changed the day the segment holds: it is copied again.
            Assert.NotEmpty(archive.RefreshReadPaths(Noon.AddDays(2)).TrackSegments);
        }
        // A second opening finds nothing to migrate, so the rebuilt read paths stay.
        using PositionArchive reopened = PositionArchive.Open(_old);
        using ArchiveQueries queries = reopened.OpenQueries();

        Assert.Equal(
            [Older.AsRead() with { Receivers = 3 }, Newest.AsRead()],
            queries.Track(1, Noon, Noon.AddSeconds(1), ReleasableLabels.Of([1])));
        Assert.Equal(Newest.AsRead(),
            Assert.Single(queries.VesselsInBox(GeoBox.World, Noon.AddHours(2), TimeSpan.FromHours(6), ReleasableLabels.Of([1]))));
        Assert.Equal(2, reopened.CountPositions());
        Assert.Empty(reopened.RefreshReadPaths(Noon.AddDays(2)).TrackSegments);
    }
}
