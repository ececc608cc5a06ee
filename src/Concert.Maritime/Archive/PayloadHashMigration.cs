using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Brings an archive created when <c>positions</c> stored the whole 64-bit payload hash to the 32-bit one of
/// <see cref="ArchiveSchema"/>: the column keeps its low 32 bits, which is what ingest now compares with, so replaying
/// input stored before the change still adds nothing. The read paths hold the old hashes and would settle ties
/// differently from <c>positions</c>, so they are dropped; <see cref="ReadPathSchema"/> recreates them empty and the
/// next refresh rebuilds them. Does nothing to an archive already migrated.
/// </summary>
internal static class PayloadHashMigration
{
    /// <summary>Migrates the archive open on <paramref name="connection"/> if its positions still hold 64-bit hashes.</summary>
    public static void Apply(DuckDBConnection connection)
    {
        if (!HoldsWideHashes(connection))
        {
            return;
        }
        var statements = new List<string>();
        if (TableExists(connection, "track_segments"))
        {
            using DuckDBCommand segments = connection.CreateCommand();
            segments.CommandText = "SELECT id FROM track_segments";
            using DuckDBDataReader reader = segments.ExecuteReader();
            while (reader.Read())
            {
                statements.Add($"DROP TABLE IF EXISTS {ReadPathSchema.TrackSegmentTable(reader.GetInt32(0))};");
            }
        }
        statements.Add("""
            DROP TABLE IF EXISTS track_segments;
            DROP TABLE IF EXISTS track_days;
            DROP TABLE IF EXISTS vessel_snapshots;
            DROP TABLE IF EXISTS vessel_snapshot_times;
            ALTER TABLE positions ALTER hash SET DATA TYPE UINTEGER USING (hash & 4294967295)::UINTEGER;
            """);
        using DuckDBTransaction transaction = connection.BeginTransaction();
        PositionArchive.Execute(connection, string.Join('\n', statements));
        transaction.Commit();
    }

    private static bool HoldsWideHashes(DuckDBConnection connection) => Count(connection, """
        SELECT count(*) FROM duckdb_columns()
        WHERE schema_name = 'main' AND table_name = 'positions' AND column_name = 'hash' AND data_type = 'UBIGINT'
        """) > 0;

    private static bool TableExists(DuckDBConnection connection, string table) => Count(connection, string.Create(CultureInfo.InvariantCulture,
        $"SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary AND table_name = '{table}'")) > 0;

    private static long Count(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
