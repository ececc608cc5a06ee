using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Gives the positions of an archive made before they kept position accuracy, rate of turn, SAR altitude and receiving
/// station the four columns, in <c>positions</c>, every track segment and the snapshots: added at the end of each
/// table, so that new and upgraded archives have one column order, holding for the old rows what those rows were
/// read as before ("not available": low accuracy, rate of turn −128, altitude 4095, no station). Adding a column with
/// a constant default rewrites nothing. Each column is added in a transaction of its own (DuckDB refuses to commit a
/// second change to a table altered in the same transaction), and only if missing, so an opening interrupted half way
/// is completed by the next. Does nothing to an archive that has them.
/// </summary>
internal static class PositionDetailsMigration
{
    private static readonly string[] Columns =
    [
        "accuracy BOOLEAN DEFAULT false", "rot TINYINT DEFAULT -128", "altitude USMALLINT DEFAULT 4095", "station USMALLINT DEFAULT 0",
    ];

    /// <summary>Adds the columns to the tables of the archive open on <paramref name="connection"/> that lack them.</summary>
    public static void Apply(DuckDBConnection connection)
    {
        foreach (string table in TablesWithoutDetails(connection))
        {
            foreach (string column in Columns)
            {
                PositionArchive.Execute(connection, $"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}");
            }
        }
    }

    // The tables of positions and their copies (snapshots, track segments) that lack one of the columns.
    private static List<string> TablesWithoutDetails(DuckDBConnection connection) => PositionArchive.TextColumn(connection, $"""
            SELECT table_name FROM duckdb_tables()
            WHERE schema_name = 'main' AND NOT temporary AND {ReadPathSchema.PositionTables}
              AND table_name NOT IN (
                  SELECT table_name FROM duckdb_columns()
                  WHERE schema_name = 'main' AND column_name IN ('accuracy', 'rot', 'altitude', 'station')
                  GROUP BY table_name HAVING count(*) = 4)
            ORDER BY table_name
            """);
}
