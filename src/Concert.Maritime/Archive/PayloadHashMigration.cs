using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Brings an archive whose positions or their read-path copies still store a payload hash (the 64-bit one of the first
/// archives or its low 32 bits after that) to <see cref="ArchiveSchema"/> and <see cref="ReadPathSchema"/>, where
/// positions are keyed and ordered by their values (<see cref="PositionKey"/>): <c>positions</c> and each track segment
/// lose their <c>hash</c> column (DuckDB drops a column without rewriting the others, and the reads order ties by value,
/// so the rows stay as they are); the snapshots, which chose each vessel's last position by hash among reports of one
/// second, are dropped with their times and rebuilt by the next refresh. Input stored before still replays to nothing,
/// since its rows' values are its key now. Does nothing to an archive already migrated.
/// </summary>
internal static class PayloadHashMigration
{
    /// <summary>Drops the payload hash from the positions and read paths of the archive open on <paramref name="connection"/> that hold one.</summary>
    public static void Apply(DuckDBConnection connection)
    {
        var statements = new List<string>();
        foreach (string table in TablesWithHash(connection))
        {
            statements.Add(table == "vessel_snapshots"
                ? "DROP TABLE vessel_snapshots; DROP TABLE IF EXISTS vessel_snapshot_times;"
                : $"ALTER TABLE {table} DROP COLUMN hash;");
        }
        if (statements.Count == 0)
        {
            return;
        }
        using DuckDBTransaction transaction = connection.BeginTransaction();
        PositionArchive.Execute(connection, string.Join('\n', statements));
        transaction.Commit();
    }

    // The tables of positions and their copies that still have a hash column.
    private static List<string> TablesWithHash(DuckDBConnection connection) => PositionArchive.TextColumn(connection, $"""
            SELECT table_name FROM duckdb_columns()
            WHERE schema_name = 'main' AND column_name = 'hash' AND {ReadPathSchema.PositionTables}
            ORDER BY table_name
            """);
}
