using System.Data.Common;
using System.Globalization;
using Concert.Maritime.Ingest;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Reads the archive: a vessel's track, the vessels in a box at a time, position density. Every query takes the
/// viewer's <see cref="ReleasableLabels"/> and returns only rows carrying one of them. One connection; not thread-safe.
/// </summary>
public sealed class ArchiveQueries : IDisposable
{
    private const string PositionColumns = "t, mmsi, lat, lon, sog, cog, heading, status, msg_type, hash, source, label, receivers";
    private readonly DuckDBConnection _connection;

    internal ArchiveQueries(DuckDBConnection connection) => _connection = connection;

    /// <summary>Every position of <paramref name="mmsi"/> from <paramref name="from"/> to <paramref name="to"/> inclusive, in time order.</summary>
    /// <param name="mmsi">The vessel.</param>
    /// <param name="from">Start of the range.</param>
    /// <param name="to">End of the range.</param>
    /// <param name="releasable">The labels the viewer may see.</param>
    /// <returns>The track.</returns>
    public IReadOnlyList<PositionRecord> Track(uint mmsi, DateTimeOffset from, DateTimeOffset to, ReleasableLabels releasable)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        return ReadPositions(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {PositionColumns} FROM positions
            WHERE mmsi = {mmsi} AND t BETWEEN {Micros(from)} AND {Micros(to)} AND label IN {releasable.SqlList}
            ORDER BY t, hash
            """));
    }

    /// <summary>
    /// Every vessel whose last position the viewer may see, reported at most <paramref name="staleness"/> before
    /// <paramref name="at"/> and not after it, lies inside <paramref name="box"/>; one position per vessel, by MMSI.
    /// </summary>
    /// <param name="box">The area.</param>
    /// <param name="at">The time of the picture.</param>
    /// <param name="staleness">How old a last position may be and still count.</param>
    /// <param name="releasable">The labels the viewer may see.</param>
    /// <returns>The last positions.</returns>
    public IReadOnlyList<PositionRecord> VesselsInBox(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        long end = Micros(at);
        long start = end - (long)staleness.TotalMicroseconds;
        // The last position is chosen among everything the viewer may see before the box is applied: a vessel that
        // has left the box is not shown where it was. Per-vessel maxima and semi-joins are an order of magnitude faster
        // in DuckDB than a row_number() window. Two reports in the same second (tag-block times have whole seconds)
        // are settled by the larger hash, so the answer does not depend on storage order.
        return ReadPositions(string.Create(CultureInfo.InvariantCulture, $"""
            WITH visible AS (SELECT * FROM positions WHERE t BETWEEN {start} AND {end} AND label IN {releasable.SqlList}),
                 last AS (SELECT mmsi, max(t) AS t FROM visible GROUP BY mmsi),
                 newest AS (SELECT * FROM visible SEMI JOIN last ON visible.mmsi = last.mmsi AND visible.t = last.t),
                 chosen AS (SELECT mmsi, max(hash) AS hash FROM newest GROUP BY mmsi)
            SELECT {PositionColumns} FROM newest SEMI JOIN chosen ON newest.mmsi = chosen.mmsi AND newest.hash = chosen.hash
            WHERE lat BETWEEN {PositionRecord.ToRaw(box.South)} AND {PositionRecord.ToRaw(box.North)}
              AND lon BETWEEN {PositionRecord.ToRaw(box.West)} AND {PositionRecord.ToRaw(box.East)}
            ORDER BY mmsi
            """));
    }

    /// <summary>
    /// Positions and distinct vessels per grid cell of <paramref name="cellDegrees"/> inside <paramref name="box"/>
    /// from <paramref name="from"/> to <paramref name="to"/>, by cell (south, then west).
    /// </summary>
    /// <param name="box">The area.</param>
    /// <param name="from">Start of the range.</param>
    /// <param name="to">End of the range.</param>
    /// <param name="cellDegrees">The cell size, e.g. 0.1.</param>
    /// <param name="releasable">The labels the viewer may see.</param>
    /// <returns>The non-empty cells.</returns>
    public IReadOnlyList<DensityCell> Density(GeoBox box, DateTimeOffset from, DateTimeOffset to, double cellDegrees, ReleasableLabels releasable)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(cellDegrees, 0);
        double cellRaw = cellDegrees * PositionRecord.UnitsPerDegree;
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT floor(lat / {cellRaw}) AS row, floor(lon / {cellRaw}) AS col, count(*), count(DISTINCT mmsi) FROM positions
            WHERE t BETWEEN {Micros(from)} AND {Micros(to)} AND label IN {releasable.SqlList}
              AND lat BETWEEN {PositionRecord.ToRaw(box.South)} AND {PositionRecord.ToRaw(box.North)}
              AND lon BETWEEN {PositionRecord.ToRaw(box.West)} AND {PositionRecord.ToRaw(box.East)}
            GROUP BY row, col ORDER BY row, col
            """);
        using DbDataReader reader = command.ExecuteReader();
        var cells = new List<DensityCell>();
        while (reader.Read())
        {
            cells.Add(new DensityCell(
                Math.Round(reader.GetDouble(0) * cellDegrees, 9),
                Math.Round(reader.GetDouble(1) * cellDegrees, 9),
                reader.GetInt64(2),
                reader.GetInt64(3)));
        }
        return cells;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static long Micros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private List<PositionRecord> ReadPositions(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var positions = new List<PositionRecord>();
        while (reader.Read())
        {
            positions.Add(new PositionRecord(
                reader.GetInt64(0),
                reader.GetFieldValue<uint>(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.GetFieldValue<ushort>(4),
                reader.GetFieldValue<ushort>(5),
                reader.GetFieldValue<ushort>(6),
                reader.GetByte(7),
                reader.GetByte(8),
                reader.GetFieldValue<ulong>(9),
                reader.GetFieldValue<ushort>(10),
                reader.GetFieldValue<ushort>(11),
                reader.GetByte(12)));
        }
        return positions;
    }
}
