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
/// <remarks>Changed only after the transaction that stored the rows has committed. Not thread-safe.</remarks>
internal sealed class NewestStoredKeys<TKey>
    where TKey : IEquatable<TKey>
{
    private NewestStoredKeys(long time, HashSet<TKey> keys)
    {
        Time = time;
        Keys = keys;
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
        return new NewestStoredKeys<TKey>(time, keys);
    }

    /// <summary>
    /// What is stored after a commit that wrote the rows of <paramref name="commit"/>: the same object extended when the
    /// commit stayed at <see cref="Time"/>, a new one when it went past.
    /// </summary>
    public NewestStoredKeys<TKey> After(NewestKeysBuilder<TKey> commit)
    {
        if (commit.NewestTime > Time)
        {
            return new NewestStoredKeys<TKey>(commit.NewestTime, commit.KeysAtNewest);
        }
        Keys.UnionWith(commit.KeysAtStoredTime);
        return this;
    }

    /// <summary>Starts the bookkeeping of one commit.</summary>
    public NewestKeysBuilder<TKey> Begin() => new(this);
}
