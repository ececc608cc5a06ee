using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

/// <summary>
/// The archive stores the low 32 bits of a position's 64-bit payload hash: every comparison with stored rows (the keys
/// of the newest second, the anti-join of older rows, receiver count updates) must use those same 32 bits.
/// </summary>
public sealed class StoredHashTests : IDisposable
{
    private const ulong WideHash = 0xDEAD_BEEF_0000_002AUL;
    private static readonly DateTimeOffset Noon = Day.AddHours(12);
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void A_position_is_stored_with_the_low_32_bits_of_its_hash_and_read_back_without_it()
    {
        PositionRecord position = Position(1, Noon, 54, 10, 1, hash: WideHash);
        _test.Archive.Commit(Of(position));
        using (ArchiveQueries queries = _test.Archive.OpenQueries())
        {
            Assert.Equal(position.AsRead(), Assert.Single(queries.Track(1, Noon, Noon, ReleasableLabels.Of([1]))));
        }
        _test.Archive.Dispose();

        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(_test.Options.DatabasePath));
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM positions";
        Assert.Equal(0x2AU, command.ExecuteScalar());
    }

    [Fact]
    public void A_replay_of_wide_hashes_adds_nothing_at_the_newest_second_after_reopening_and_through_the_anti_join()
    {
        PositionRecord older = Position(1, Noon, 54, 10, 1, hash: WideHash);
        PositionRecord newest = Position(1, Noon.AddSeconds(1), 54, 10, 1, hash: WideHash + 1);
        Assert.Equal(2, _test.Archive.Commit(Of(older, newest)));
        _test.Archive.Dispose();
        using PositionArchive reopened = PositionArchive.Open(_test.Options);

        // The newest second's keys are read back from the stored column; the older row goes through the anti-join.
        Assert.Equal(0, reopened.Commit(Of(newest)));
        Assert.Equal(0, reopened.Commit(Of(older)));
        Assert.Equal(2, reopened.CountPositions());
    }

    [Fact]
    public void Hashes_that_differ_in_their_low_32_bits_are_different_positions_at_every_place()
    {
        PositionRecord first = Position(1, Noon, 54, 10, 1, hash: WideHash);
        PositionRecord second = Position(1, Noon, 54.1, 10, 1, hash: WideHash + 1);
        Assert.Equal(2, _test.Archive.Commit(Of(first, second)));
        // Later, a batch older than the newest stored second: staged, and kept apart by the anti-join.
        Assert.Equal(1, _test.Archive.Commit(Of(Position(1, Noon.AddMinutes(1), 54, 10, 1))));
        Assert.Equal(1, _test.Archive.Commit(Of(first, second, Position(1, Noon, 54.2, 10, 1, hash: WideHash + 2))));

        Assert.Equal(4, _test.Archive.CountPositions());
    }

    [Fact]
    public void Hashes_that_share_their_low_32_bits_are_one_stored_key()
    {
        // A collision of two different messages of one vessel in one microsecond: the archive keeps the first.
        PositionRecord first = Position(1, Noon, 54, 10, 1, hash: WideHash);
        PositionRecord colliding = Position(1, Noon, 55, 11, 1, hash: WideHash ^ 0xFFFF_0000_0000_0000UL);

        Assert.Equal(1, _test.Archive.Commit(Of(first, colliding)));
        Assert.Equal(1, _test.Archive.CountPositions());
    }

    [Fact]
    public void A_receiver_update_carrying_the_wide_hash_raises_the_stored_count()
    {
        PositionRecord first = Position(1, Noon, 54, 10, 1, hash: WideHash);
        _test.Archive.Commit(Of(first));
        _test.Archive.Commit(Of([], [new ReceiverCountUpdate(first.TimeMicros, 1, WideHash, 4)]));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        Assert.Equal(4, Assert.Single(queries.Track(1, Noon, Noon, ReleasableLabels.Of([1]))).Receivers);
    }
}
