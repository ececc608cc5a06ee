using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

public sealed class NewestStoredKeysTests : IDisposable
{
    private static readonly DateTimeOffset Noon = Day.AddHours(12);
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Batches_sharing_a_second_store_each_row_once()
    {
        Assert.Equal(2, _test.Archive.Commit(Of(At(Noon, 1), At(Noon, 2))));
        // The next batch starts in the same second: row 2 is stored already, row 3 is new, and so is the next second.
        Assert.Equal(2, _test.Archive.Commit(Of(At(Noon, 2), At(Noon, 3), At(Noon.AddSeconds(1), 1))));
        // Then the newest second moves on, and the keys of the second before are no longer needed to tell.
        Assert.Equal(1, _test.Archive.Commit(Of(At(Noon.AddSeconds(1), 1), At(Noon.AddSeconds(1), 4))));

        Assert.Equal(5, _test.Archive.CountPositions());
    }

    [Fact]
    public void The_keys_of_the_newest_second_are_read_back_when_the_archive_reopens()
    {
        _test.Archive.Commit(Of(At(Noon, 1), At(Noon, 2)));
        _test.Archive.Dispose();
        using PositionArchive reopened = PositionArchive.Open(_test.Options);

        Assert.Equal(1, reopened.Commit(Of(At(Noon, 2), At(Noon, 3))));
        Assert.Equal(3, reopened.CountPositions());
    }

    [Fact]
    public void Older_rows_still_go_through_the_anti_join_and_a_replay_adds_nothing()
    {
        PositionRecord[] day = [.. Enumerable.Range(0, 50).Select(i => At(Noon.AddSeconds(i / 5), (uint)(i % 5)))];
        Assert.Equal(50, _test.Archive.Commit(Of(day)));

        Assert.Equal(0, _test.Archive.Commit(Of(day)));
        // A late receiver's row from a second already passed, not stored before, is added.
        Assert.Equal(1, _test.Archive.Commit(Of(day[0], At(Noon, 99))));
        Assert.Equal(51, _test.Archive.CountPositions());
    }

    [Fact]
    public void A_row_repeated_within_one_batch_at_its_newest_time_is_stored_once()
    {
        Assert.Equal(1, _test.Archive.Commit(Of(At(Noon, 1), At(Noon, 1))));
        Assert.Equal(1, _test.Archive.CountPositions());
    }

    [Fact]
    public void Place_sorts_rows_against_the_stored_time_and_keys()
    {
        NewestKeysBuilder<(uint, ulong)> builder = Read().Begin();
        Assert.Equal(RowPlace.Append, builder.Place(10, (1, 100)));
        Assert.Equal(RowPlace.Append, builder.Place(10, (2, 100)));
        Assert.Equal(RowPlace.Skip, builder.Place(10, (1, 100)));
        Assert.Equal(RowPlace.Append, builder.Place(12, (1, 100)));
        Assert.Equal(12, builder.NewestTime);
        Assert.Equal([(1u, 100ul)], builder.KeysAtNewest);
    }

    [Fact]
    public void A_commit_hands_the_sets_it_is_done_with_to_the_next_emptied()
    {
        NewestStoredKeys<(uint, ulong)> stored = Read();
        NewestKeysBuilder<(uint, ulong)> first = stored.Begin();
        first.Place(10, (1, 100));
        first.Place(10, (2, 100));
        stored = stored.After(first);

        NewestKeysBuilder<(uint, ulong)> second = stored.Begin();
        Assert.Empty(second.KeysAtNewest);
        Assert.Empty(second.KeysAtStoredTime);
        Assert.Equal(RowPlace.Skip, second.Place(10, (1, 100)));
        Assert.Equal(RowPlace.Append, second.Place(10, (3, 100)));
        Assert.Equal(RowPlace.Append, second.Place(11, (1, 100)));
        // Past second 10: its keys (the first commit's set) go back, emptied, and serve the third commit.
        stored = stored.After(second);

        NewestKeysBuilder<(uint, ulong)> third = stored.Begin();
        Assert.Contains(first.KeysAtNewest, (HashSet<(uint, ulong)>[])[third.KeysAtNewest, third.KeysAtStoredTime]);
        Assert.Empty(third.KeysAtNewest);
        Assert.Empty(third.KeysAtStoredTime);
        Assert.Equal(11, stored.Time);
        Assert.Equal([(1u, 100ul)], stored.Keys);
        Assert.Equal(RowPlace.Skip, third.Place(11, (1, 100)));
        Assert.Equal(RowPlace.Append, third.Place(11, (2, 100)));
    }

    private static NewestStoredKeys<(uint, ulong)> Read()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE vessel_statics (t BIGINT, mmsi UINTEGER, hash UBIGINT)";
        create.ExecuteNonQuery();
        return NewestStoredKeys<(uint, ulong)>.Read(
            connection, ArchiveSchema.NewestStaticKeys, row => (row.GetFieldValue<uint>(1), row.GetFieldValue<ulong>(2)));
    }

    private static PositionRecord At(DateTimeOffset time, uint vessel) =>
        Position(211_000_000 + vessel, time, 54 + vessel * 0.01, 10, label: 1, hash: 1_000 + vessel);
}
