using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Exports closed days to Parquet, sorted by (0.1° cell, vessel, time) so that area and vessel reads of a file touch few
/// row groups, and deletes what <see cref="RetentionPolicy"/> no longer keeps. Runs on the archive's writer connection.
/// </summary>
internal sealed class RetentionRunner(DuckDBConnection connection, ArchiveOptions options)
{
    private const long MicrosPerDay = 86_400_000_000;
    private const string FilePrefix = "positions-";
    private const string DayFormat = "yyyy-MM-dd";

    // The cell index of a 0.1° grid (60,000 units of 1/10,000 minute), rows from the south pole, columns from 180° W.
    private const string CellExpression = "((lat + 54000000) // 60000) * 3600 + ((lon + 108000000) // 60000)";

    public RetentionResult Apply(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        List<ExportedDay> exported = options.ParquetDirectory is null ? [] : ExportClosedDays(today, options.ParquetDirectory);
        long removed = options.Retention.DaysInDatabase is int keep ? DeleteDaysBefore(today.AddDays(1 - keep)) : 0;
        List<string> files = options.Retention.DaysOfParquet is int keepFiles && options.ParquetDirectory is not null
            ? DeleteFilesBefore(today.AddDays(1 - keepFiles), options.ParquetDirectory)
            : [];
        return new RetentionResult(exported, removed, files);
    }

    private static long DayStart(DateOnly day) => (day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * MicrosPerDay;

    private List<ExportedDay> ExportClosedDays(DateOnly today, string directory)
    {
        Directory.CreateDirectory(directory);
        // A day is (re-)exported when it has no file yet or has gained positions since (a late replay).
        var pending = new List<(DateOnly Day, long Count)>();
        using (DuckDBCommand command = connection.CreateCommand())
        {
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                SELECT d.day, d.n FROM (SELECT t // {MicrosPerDay} AS day, count(*) AS n FROM positions WHERE t < {DayStart(today)} GROUP BY day) d
                LEFT JOIN exported_days e ON e.day = DATE '1970-01-01' + CAST(d.day AS INTEGER)
                WHERE e.day IS NULL OR e.positions <> d.n ORDER BY d.day
                """);
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                pending.Add((DateOnly.FromDateTime(DateTime.UnixEpoch).AddDays((int)reader.GetInt64(0)), reader.GetInt64(1)));
            }
        }

        var exported = new List<ExportedDay>();
        foreach ((DateOnly day, long count) in pending)
        {
            string path = Path.Combine(directory, FilePrefix + day.ToString(DayFormat, CultureInfo.InvariantCulture) + ".parquet");
            PositionArchive.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"""
                COPY (SELECT {ReadPathSchema.PositionColumns} FROM positions
                      WHERE t >= {DayStart(day)} AND t < {DayStart(day.AddDays(1))}
                      ORDER BY {CellExpression}, mmsi, t)
                TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION zstd)
                """));
            PositionArchive.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"""
                INSERT OR REPLACE INTO exported_days VALUES (DATE '{day.ToString(DayFormat, CultureInfo.InvariantCulture)}',
                    '{path.Replace("'", "''", StringComparison.Ordinal)}', {count})
                """));
            exported.Add(new ExportedDay(day, path, count));
        }
        return exported;
    }

    private long DeleteDaysBefore(DateOnly firstKept)
    {
        using DuckDBCommand command = connection.CreateCommand();
        // With a Parquet directory a day leaves DuckDB only once exported; without one, the policy alone decides.
        string exportedOnly = options.ParquetDirectory is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" AND DATE '1970-01-01' + CAST(t // {MicrosPerDay} AS INTEGER) IN (SELECT day FROM exported_days)");
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"DELETE FROM positions WHERE t < {DayStart(firstKept)}{exportedOnly}");
        return command.ExecuteNonQuery();
    }

    private static List<string> DeleteFilesBefore(DateOnly firstKept, string directory)
    {
        var removed = new List<string>();
        foreach (string file in Directory.EnumerateFiles(directory, FilePrefix + "*.parquet"))
        {
            string stamp = Path.GetFileNameWithoutExtension(file)[FilePrefix.Length..];
            if (DateOnly.TryParseExact(stamp, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) && day < firstKept)
            {
                File.Delete(file);
                removed.Add(file);
            }
        }
        removed.Sort(StringComparer.Ordinal);
        return removed;
    }
}
