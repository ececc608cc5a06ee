using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Brings an archive whose <c>positions</c> still store a payload hash (the 64-bit one of the first archives or its low
/// 32 bits after that) to <see cref="ArchiveSchema"/>, where positions are keyed by their values
/// (<see cref="PositionKey"/>): the column is dropped, which DuckDB does without rewriting the others. Input stored
/// before still replays to nothing, since its rows' values are its key now. Does nothing to an archive already migrated.
/// </summary>
internal static class PayloadHashMigration
{
    /// <summary>Drops the payload hash from the positions of the archive open on <paramref name="connection"/>, if they hold one.</summary>
    public static void Apply(DuckDBConnection connection)
    {
        if (!HoldsHashes(connection))
        {
            return;
        }
        PositionArchive.Execute(connection, "ALTER TABLE positions DROP COLUMN hash");
    }

    private static bool HoldsHashes(DuckDBConnection connection)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM duckdb_columns()
            WHERE schema_name = 'main' AND table_name = 'positions' AND column_name = 'hash'
            """;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
