using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Brings the read paths of an archive made when they copied the payload hash to <see cref="ReadPathSchema"/>, where
/// they do not: each track segment loses its <c>hash</c> column (DuckDB drops a column without rewriting the others,
/// and the reads order ties by value, so the rows stay as they are); the snapshots, which chose each vessel's last
/// position by hash among reports of one second, are dropped with their times and rebuilt by the next refresh. Does
/// nothing to an archive already migrated.
/// </summary>
internal static class ReadPathHashMigration
{
    /// <summary>Migrates the read paths of the archive open on <paramref name="connection"/> if they still hold payload hashes.</summary>
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

    // The read-path tables that still have a hash column: snapshots and track segments.
    private static List<string> TablesWithHash(DuckDBConnection connection) => PositionArchive.TextColumn(connection, """
            SELECT table_name FROM duckdb_columns()
            WHERE schema_name = 'main' AND column_name = 'hash'
              AND (table_name = 'vessel_snapshots' OR regexp_full_match(table_name, 'track_segment_[0-9]+'))
            ORDER BY table_name
            """);
}
