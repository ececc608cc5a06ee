using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// The archive keys a position by its vessel, time and reported values, not by a payload hash: every comparison with
/// stored rows (the keys of the newest second, the anti-join of older rows, receiver count updates) must use them all,
/// and nothing else.
/// </summary>
public sealed class PositionKeyTests : IDisposable
{
    private static readonly DateTimeOffset Noon = Day.AddHours(12);
    private static readonly PositionRecord Base = Position(1, Noon, 54, 10, 1, hash: 0xDEAD_BEEF_0000_002AUL);

    // Each a position that differs from Base in one value of its key.
    public static TheoryData<string> KeyFields => ["lat", "lon", "sog", "cog", "heading", "status", "msg_type", "accuracy", "rot", "altitude"];

    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Positions_are_stored_without_a_hash_column()
    {
        _test.Archive.Commit(Of(Base));
        _test.Archive.Dispose();

        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_test.Options.DatabasePath));
        connection.Open();
        Assert.Equal(
            ["t", "mmsi", "lat", "lon", "sog", "cog", "heading", "status", "msg_type", "receivers", "source", "label", "accuracy", "rot", "altitude", "station"],
            PositionArchive.TextColumn(connection, "SELECT column_name FROM duckdb_columns() WHERE table_name = 'positions' ORDER BY column_index"));
    }

    [Fact]
    public void A_replay_with_other_payload_hashes_feeds_stations_and_labels_adds_nothing_at_the_newest_second_after_reopening_and_through_the_anti_join()
    {
        PositionRecord older = Base;
        PositionRecord newest = Position(1, Noon.AddSeconds(1), 54, 10, 1);
        Assert.Equal(2, _test.Archive.Commit(Of(older, newest)));
        _test.Archive.Dispose();
        using PositionArchive reopened = PositionArchive.Open(_test.Options);

        // The newest second's keys are read back from the stored values; the older row goes through the anti-join.
        Assert.Equal(0, reopened.Commit(Of(newest with { PayloadHash = 7, SourceId = 2, StationId = 3, LabelId = 2 })));
        Assert.Equal(0, reopened.Commit(Of(older with { PayloadHash = 8, SourceId = 2, StationId = 3, LabelId = 2 })));
        Assert.Equal(2, reopened.CountPositions());
    }

    [Theory]
    [MemberData(nameof(KeyFields))]
    public void Positions_that_differ_in_one_key_value_are_different_positions_at_the_newest_second_and_through_the_anti_join(string field)
    {
        PositionRecord other = Differing(Base, field);
        Assert.Equal(2, _test.Archive.Commit(Of(Base, other)));
        Assert.Equal(0, _test.Archive.Commit(Of(other, Base)));
        // After a later batch, rows older than the newest stored second are staged and told apart by the anti-join.
        Assert.Equal(1, _test.Archive.Commit(Of(Position(1, Noon.AddMinutes(1), 54, 10, 1))));
        Assert.Equal(0, _test.Archive.Commit(Of(Base, other)));
        PositionRecord late = Base with { TimeMicros = Base.TimeMicros + 30_000_000 };
        Assert.Equal(1, _test.Archive.Commit(Of(late)));
        Assert.Equal(1, _test.Archive.Commit(Of(late, Differing(late, field))));

        Assert.Equal(5, _test.Archive.CountPositions());
    }

    [Fact]
    public void A_receiver_update_raises_the_row_with_its_values_and_no_other()
    {
        PositionRecord second = Differing(Base, "rot");
        _test.Archive.Commit(Of(Base, second));
        // The update comes from a repeat heard elsewhere: its hash, feed and station play no part.
        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(Base with { PayloadHash = 9, SourceId = 3, StationId = 4 }, 4)]));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        Assert.Equal([Base.AsRead() with { Receivers = 4 }, second.AsRead()], queries.Track(1, Noon, Noon, ReleasableLabels.Of([1])));
    }

    [Fact]
    public void A_receiver_update_for_values_not_stored_changes_nothing()
    {
        _test.Archive.Commit(Of(Base));
        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(Differing(Base, "altitude"), 4)]));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        Assert.Equal(1, Assert.Single(queries.Track(1, Noon, Noon, ReleasableLabels.Of([1]))).Receivers);
    }

    private static PositionRecord Differing(PositionRecord position, string field) => field switch
    {
        "lat" => position with { LatitudeRaw = position.LatitudeRaw + 1 },
        "lon" => position with { LongitudeRaw = position.LongitudeRaw + 1 },
        "sog" => position with { SpeedRaw = (ushort)(position.SpeedRaw + 1) },
        "cog" => position with { CourseRaw = (ushort)(position.CourseRaw + 1) },
        "heading" => position with { HeadingRaw = (ushort)(position.HeadingRaw + 1) },
        "status" => position with { Status = (byte)(position.Status + 1) },
        "msg_type" => position with { MessageType = (byte)(position.MessageType + 1) },
        "accuracy" => position with { HighAccuracy = !position.HighAccuracy },
        "rot" => position with { RateOfTurnRaw = (sbyte)(position.RateOfTurnRaw + 1) },
        "altitude" => position with { AltitudeRaw = (ushort)(position.AltitudeRaw - 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a key column"),
    };
}
