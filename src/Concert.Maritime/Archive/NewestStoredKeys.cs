using System.Data.Common;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// The newest time stored in a table and the key of every row stored at exactly that time (a <see cref="PositionKey"/>
/// for positions, vessel and payload hash for static reports). A row newer than <see cref="Time"/> cannot be stored
/// yet, and a row at <see cref="Time"/> is stored exactly when its key is here, so a commit decides both without asking
/// DuckDB; only rows older than <see cref="Time"/> need the anti-join. In-order ingest, whose batches share a second
/// with the batch before, thus never stages a row.
/// </summary>
/// <remarks>
/// Changed only after the transaction that stored the rows has committed. The sets a commit is done with are emptied and
/// handed to the next commit's <see cref="NewestKeysBuilder{TKey}"/>: grown anew every commit to the thousands of keys
/// of a busy second, they were most of what the archive's commits allocated. Not thread-safe.
/// </remarks>
internal sealed class NewestStoredKeys<TKey>
    where TKey : IEquatable<TKey>
{
    // Emptied sets for the next commit, passed on from each state of the keys to the next (two a commit).
    private readonly Stack<HashSet<TKey>> _spareSets;

    private NewestStoredKeys(long time, HashSet<TKey> keys, Stack<HashSet<TKey>> spareSets)
    {
        Time = time;
        Keys = keys;
        _spareSets = spareSets;
    }

    /// <summary>The newest time stored, or <see cref="long.MinValue"/> for an empty table.</summary>
    public long Time { get; }

    /// <summary>The keys of the rows stored at <see cref="Time"/>.</summary>
    public HashSet<TKey> Keys { get; }

    /// <summary>
    /// Reads them with <paramref name="query"/>, which returns the rows at the newest time, their time first;
    /// <paramref name="keyOf"/> reads a row's key.
    /// </summary>
    public static NewestStoredKeys<TKey> Read(DuckDBConnection connection, string query, Func<DbDataReader, TKey> keyOf)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = query;
        using DuckDBDataReader reader = command.ExecuteReader();
        long time = long.MinValue;
        var keys = new HashSet<TKey>();
        while (reader.Read())
        {
            time = reader.GetInt64(0);
            keys.Add(keyOf(reader));
        }
        return new NewestStoredKeys<TKey>(time, keys, new Stack<HashSet<TKey>>());
    }

    /// <summary>
    /// What is stored after a commit that wrote the rows of <paramref name="commit"/>: the same object extended when the
    /// commit stayed at <see cref="Time"/>, a new one when it went past. Neither this object's keys (when it went past)
    /// nor the commit's sets may be read after this.
    /// </summary>
    public NewestStoredKeys<TKey> After(NewestKeysBuilder<TKey> commit)
    {
        if (commit.NewestTime > Time)
        {
            Recycle(Keys);
            Recycle(commit.KeysAtStoredTime);
            return new NewestStoredKeys<TKey>(commit.NewestTime, commit.KeysAtNewest, _spareSets);
        }
        Keys.UnionWith(commit.KeysAtStoredTime);
        Recycle(commit.KeysAtStoredTime);
        Recycle(commit.KeysAtNewest);
        return this;
    }

    /// <summary>Starts the bookkeeping of one commit.</summary>
    public NewestKeysBuilder<TKey> Begin() => new(this, SpareSet(), SpareSet());

    // A commit that failed took its sets with it, so there may be none left: then a new one.
    private HashSet<TKey> SpareSet() => _spareSets.TryPop(out HashSet<TKey>? set) ? set : [];

    private void Recycle(HashSet<TKey> set)
    {
        set.Clear();
        _spareSets.Push(set);
    }
}
