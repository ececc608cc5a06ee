using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// The newest time stored in a table and the key (vessel, payload hash) of every row stored at exactly that time. A row
/// newer than <see cref="Time"/> cannot be stored yet, and a row at <see cref="Time"/> is stored exactly when its key is
/// here, so a commit decides both without asking DuckDB; only rows older than <see cref="Time"/> need the anti-join.
/// In-order ingest, whose batches share a second with the batch before, thus never stages a row.
/// </summary>
/// <remarks>Changed only after the transaction that stored the rows has committed. Not thread-safe.</remarks>
internal sealed class NewestStoredKeys
{
    private NewestStoredKeys(long time, HashSet<(uint Mmsi, ulong Hash)> keys)
    {
        Time = time;
        Keys = keys;
    }

    /// <summary>The newest time stored, or <see cref="long.MinValue"/> for an empty table.</summary>
    public long Time { get; }

    /// <summary>The keys of the rows stored at <see cref="Time"/>.</summary>
    public HashSet<(uint Mmsi, ulong Hash)> Keys { get; }

    /// <summary>Reads them with <paramref name="query"/>, which returns (t, mmsi, hash) of the rows at the newest time.</summary>
    public static NewestStoredKeys Read(DuckDBConnection connection, string query)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = query;
        using DuckDBDataReader reader = command.ExecuteReader();
        long time = long.MinValue;
        var keys = new HashSet<(uint, ulong)>();
        while (reader.Read())
        {
            time = reader.GetInt64(0);
            keys.Add((Convert.ToUInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToUInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }
        return new NewestStoredKeys(time, keys);
    }

    /// <summary>
    /// What is stored after a commit that wrote the rows of <paramref name="commit"/>: the same object extended when the
    /// commit stayed at <see cref="Time"/>, a new one when it went past.
    /// </summary>
    public NewestStoredKeys After(NewestKeysBuilder commit)
    {
        if (commit.NewestTime > Time)
        {
            return new NewestStoredKeys(commit.NewestTime, commit.KeysAtNewest);
        }
        Keys.UnionWith(commit.KeysAtStoredTime);
        return this;
    }

    /// <summary>Starts the bookkeeping of one commit.</summary>
    public NewestKeysBuilder Begin() => new(this);
}
