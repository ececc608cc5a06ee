using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Concert.Maritime.Ingest;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Reads the archive: a vessel's track, the vessels in a box at a time, position density. Every query takes the
/// viewer's <see cref="ReleasableLabels"/> and returns only rows carrying one of them. One connection; not thread-safe.
/// </summary>
/// <remarks>
/// The positions returned carry every stored field, the same in every read (track, picture at a time, snapshot or scan):
/// position accuracy, rate of turn, SAR altitude and receiving station (<see cref="PositionArchive.StationName"/>) as
/// well as the motion, so a vessel at a past time shows what the live picture showed. They carry no payload hash
/// (<see cref="PositionRecord.PayloadHash"/> is 0): the archive does not store it. Two reports of one vessel at the
/// same time are ordered by their stored values (<see cref="ReadPathSchema.PositionOrder"/>), the same in every read,
/// so the answers do not depend on storage order.
/// </remarks>
public sealed class ArchiveQueries : IDisposable
{
    // A snapshot row costs the picture about as much as one and a half positions of the window: each row read costs
    // about the same once the newest is kept in C# (on the 100 M benchmark archive, 0.2 processor-µs a snapshot row and
    // 0.16 a position), and the snapshot path scans two tables. When the newest was chosen in SQL it was ten: the union
    // of the two tables cost more than the rows.
    private const double SnapshotRowWeight = 1.5;

    // A window longer than this, in microseconds (three hours), is first cut to each vessel's newest time in SQL: per
    // row, keeping the newest in C# costs more than DuckDB's grouping, whose fixed cost pays off from about 400,000 rows
    // (on the 100 M benchmark archive a 6-hour scan took 55 processor-ms in C#, a 15-minute one 7 against 22 in SQL).
    private const long LongWindow = 10_800_000_000;

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
        long start = Micros(from), end = Micros(to);
        // Closed days come from their (vessel, time) segments, where the vessel's rows are contiguous; the rest from the
        // time-ordered table, whose zone maps on t leave only the days not copied yet. The catalog and the segments are
        // read in one transaction, so a refresh that replaces a segment meanwhile is not seen half done.
        using DuckDBTransaction transaction = _connection.BeginTransaction();
        (List<int> segments, long copied) = TrackSegmentsBetween(start, end);
        string vessel = string.Create(CultureInfo.InvariantCulture, $"mmsi = {mmsi} AND label IN {releasable.SqlList}");
        // The segments in one statement and the time-ordered table in another: as one more branch of the segments'
        // UNION ALL, the time-ordered table cost the track a third more processor time on the 100 M benchmark archive
        // (4.2-5.2 against 3.1-3.3 ms), though its zone maps leave nothing to read there.
        var statements = new List<string>();
        if (segments.Count > 0)
        {
            statements.Add(string.Join(" UNION ALL ", segments.Select(segment => string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {ReadPathSchema.PositionColumns} FROM {ReadPathSchema.TrackSegmentTable(segment)}
                WHERE {vessel} AND t BETWEEN {start} AND {end}
                """))));
        }
        if (Math.Max(start, copied) <= end)
        {
            statements.Add(string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {ReadPathSchema.PositionColumns} FROM positions WHERE {vessel} AND t BETWEEN {Math.Max(start, copied)} AND {end}
                """));
        }
        var track = new List<PositionRecord>();
        foreach (string statement in statements)
        {
            using var reader = new StoredPositionReader(_connection, statement);
            reader.ReadInto(track);
        }
        transaction.Commit();
        // Sorted here, by the comparer the picture picks the newest with, rather than by an ORDER BY on sixteen columns
        // over the two statements.
        track.Sort(PositionOrderComparer.Instance);
        return track;
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
    public IReadOnlyList<PositionRecord> VesselsInBox(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable) =>
        NewestInBox(box, at, staleness, releasable, SnapshotRowWeight);

    /// <summary>
    /// The same answer as <see cref="VesselsInBox"/>, read from the snapshot and the positions since wherever a snapshot
    /// serves, even where scanning the window would cost less: the path the tests compare with the scan.
    /// </summary>
    internal IReadOnlyList<PositionRecord> VesselsInBoxBySnapshot(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable) =>
        NewestInBox(box, at, staleness, releasable, snapshotRowWeight: 0);

    /// <summary>
    /// The same answer as <see cref="VesselsInBox"/>, found by scanning every position of the staleness window: the
    /// fallback where no snapshot serves, and the reference the snapshot path is tested and measured against.
    /// </summary>
    /// <param name="box">The area.</param>
    /// <param name="at">The time of the picture.</param>
    /// <param name="staleness">How old a last position may be and still count.</param>
    /// <param name="releasable">The labels the viewer may see.</param>
    /// <returns>The last positions.</returns>
    public IReadOnlyList<PositionRecord> VesselsInBoxByScan(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        long end = Micros(at);
        return NewestInBox(box, releasable, Window(end - (long)staleness.TotalMicroseconds, end), staleness.TotalMicroseconds > LongWindow);
    }

    /// <summary>
    /// The identity each of <paramref name="mmsis"/> last broadcast that the viewer may see, received at most
    /// <see cref="IdentityWindow"/> before <paramref name="at"/> and not after it: the static data the picture at a past
    /// time shows beside each position. Vessels without such reports are absent.
    /// </summary>
    /// <param name="mmsis">The vessels.</param>
    /// <param name="at">The time of the picture.</param>
    /// <param name="releasable">The labels the viewer may see.</param>
    /// <returns>The identities by MMSI.</returns>
    public IReadOnlyDictionary<uint, ArchivedIdentity> IdentitiesAt(IReadOnlyCollection<uint> mmsis, DateTimeOffset at, ReleasableLabels releasable)
    {
        ArgumentNullException.ThrowIfNull(mmsis);
        ArgumentNullException.ThrowIfNull(releasable);
        var identities = new Dictionary<uint, ArchivedIdentity>();
        if (mmsis.Count == 0)
        {
            return identities;
        }
        long end = Micros(at);
        using DuckDBCommand command = _connection.CreateCommand();
        // Each field from the newest report carrying it (ties by hash, as for positions); MMSIs are integers, so
        // writing them into the SQL text cannot inject anything.
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT mmsi,
                   arg_max(name, (t, hash)) FILTER (WHERE name IS NOT NULL),
                   arg_max(call_sign, (t, hash)) FILTER (WHERE call_sign IS NOT NULL),
                   arg_max(imo, (t, hash)) FILTER (WHERE imo IS NOT NULL),
                   arg_max(ship_type, (t, hash)) FILTER (WHERE ship_type IS NOT NULL),
                   list_distinct([arg_max(label, (t, hash)) FILTER (WHERE name IS NOT NULL),
                                  arg_max(label, (t, hash)) FILTER (WHERE call_sign IS NOT NULL),
                                  arg_max(label, (t, hash)) FILTER (WHERE imo IS NOT NULL),
                                  arg_max(label, (t, hash)) FILTER (WHERE ship_type IS NOT NULL)])
            FROM vessel_statics
            WHERE t BETWEEN {end - (long)IdentityWindow.TotalMicroseconds} AND {end} AND label IN {releasable.SqlList}
              AND mmsi IN ({string.Join(',', mmsis)})
            GROUP BY mmsi
            """);
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            uint mmsi = reader.GetFieldValue<uint>(0);
            ushort[] labels = [.. reader.GetFieldValue<List<ushort?>>(5).OfType<ushort>().Distinct().Order()];
            identities[mmsi] = new ArchivedIdentity(
                mmsi,
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<uint>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<byte>(4),
                labels);
        }
        return identities;
    }

    /// <summary>
    /// How far before a past time <see cref="IdentitiesAt"/> looks for static reports: a day, far beyond the six
    /// minutes between a vessel's static broadcasts, so reception gaps do not blank a name.
    /// </summary>
    public static TimeSpan IdentityWindow { get; } = TimeSpan.FromDays(1);

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

    // With a snapshot at or before t whose window covers the staleness, the candidates can be the snapshot's rows (each
    // (vessel, label)'s last position up to the snapshot) and the positions since: at most one interval. That is chosen
    // when it costs less than scanning the window, its rows weighted by `snapshotRowWeight`; a short window does not.
    private List<PositionRecord> NewestInBox(GeoBox box, DateTimeOffset at, TimeSpan staleness, ReleasableLabels releasable, double snapshotRowWeight)
    {
        ArgumentNullException.ThrowIfNull(releasable);
        long end = Micros(at);
        long start = end - (long)staleness.TotalMicroseconds;
        long snapshot = end / ReadPathSchema.SnapshotInterval * ReadPathSchema.SnapshotInterval;
        if (end - start <= ReadPathSchema.SnapshotWindow && SnapshotCostsLess(snapshot, start, snapshotRowWeight))
        {
            return NewestInBox(box, releasable, string.Create(CultureInfo.InvariantCulture, $"""
                SELECT {ReadPathSchema.PositionColumns} FROM vessel_snapshots WHERE s = {snapshot} AND t >= {start}
                UNION ALL
                SELECT {ReadPathSchema.PositionColumns} FROM positions WHERE t > {snapshot} AND t <= {end}
                """), newestTimeInSql: false);
        }
        return NewestInBox(box, releasable, Window(start, end), end - start > LongWindow);
    }

    // The positions of [start, end], the candidates of a scan.
    private static string Window(long start, long end) =>
        string.Create(CultureInfo.InvariantCulture, $"SELECT {ReadPathSchema.PositionColumns} FROM positions WHERE t BETWEEN {start} AND {end}");

    // The last position of each vessel among the candidates the viewer may see, kept when it lies in the box: the
    // newest is chosen among all the candidates and the box applied to it, so a vessel that has left the box is not
    // shown where it was. Newest is the greatest in ReadPathSchema.PositionOrder (PositionOrderComparer). DuckDB only
    // scans and filters by label; the newest of each vessel is kept here as the rows stream by, which measured half
    // the processor time of choosing it in SQL (a per-vessel maximum, a semi-join back to the rows of each vessel's
    // newest second and a second semi-join for the box, over a common table expression scanned twice). Over a long
    // window (`newestTimeInSql`), DuckDB first leaves each visible vessel's rows of its newest time.
    private List<PositionRecord> NewestInBox(GeoBox box, ReleasableLabels releasable, string candidates, bool newestTimeInSql)
    {
        int south = PositionRecord.ToRaw(box.South), north = PositionRecord.ToRaw(box.North);
        int west = PositionRecord.ToRaw(box.West), east = PositionRecord.ToRaw(box.East);
        var newestByVessel = new Dictionary<uint, PositionRecord>();
        string visible = string.Create(CultureInfo.InvariantCulture, $"SELECT * FROM ({candidates}) WHERE label IN {releasable.SqlList}");
        using (var reader = new StoredPositionReader(_connection, newestTimeInSql
            ? $"""
              WITH visible AS NOT MATERIALIZED ({visible})
              SELECT * FROM visible SEMI JOIN (SELECT mmsi, max(t) AS t FROM visible GROUP BY mmsi) newest
                  ON visible.mmsi = newest.mmsi AND visible.t = newest.t
              """
            : visible))
        {
            while (reader.NextChunk())
            {
                for (int row = 0; row < reader.Count; row++)
                {
                    PositionRecord position = reader[row];
                    ref PositionRecord newest = ref CollectionsMarshal.GetValueRefOrAddDefault(newestByVessel, position.Mmsi, out bool seen);
                    if (!seen || position.TimeMicros > newest.TimeMicros
                        || (position.TimeMicros == newest.TimeMicros && PositionOrderComparer.Instance.Compare(position, newest) > 0))
                    {
                        newest = position;
                    }
                }
            }
        }
        // Counted first, so the answer is allocated once at its size.
        int inside = newestByVessel.Values.Count(InBox);
        var inBox = new List<PositionRecord>(inside);
        inBox.AddRange(newestByVessel.Values.Where(InBox));
        inBox.Sort(static (x, y) => x.Mmsi.CompareTo(y.Mmsi));
        return inBox;

        bool InBox(PositionRecord last) =>
            last.LatitudeRaw >= south && last.LatitudeRaw <= north && last.LongitudeRaw >= west && last.LongitudeRaw <= east;
    }

    // The segments holding days of [start, end], and the end of the copied days: every closed day before it is in a
    // segment (all are copied at each refresh), so positions need only be read from there on.
    private (List<int> Segments, long CopiedUntil) TrackSegmentsBetween(long start, long end)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT id, first_day, end_day FROM track_segments ORDER BY first_day";
        using DbDataReader reader = command.ExecuteReader();
        var segments = new List<int>();
        long copiedUntil = 0;
        while (reader.Read())
        {
            long first = reader.GetInt32(1) * ReadPathSchema.MicrosPerDay, stop = reader.GetInt32(2) * ReadPathSchema.MicrosPerDay;
            copiedUntil = Math.Max(copiedUntil, stop);
            if (first <= end && stop > start)
            {
                segments.Add(reader.GetInt32(0));
            }
        }
        return (segments, copiedUntil);
    }

    // Whether the snapshot at `snapshot` exists and reading it costs less than reading the positions between `start` and
    // it, which the scan reads instead (both read the positions after it): its rows, weighted by `rowWeight`, against
    // the positions of the intervals in between, of the one holding `start` in proportion.
    private bool SnapshotCostsLess(long snapshot, long start, double rowWeight)
    {
        if (start > snapshot)
        {
            return false;
        }
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT (SELECT vessels FROM vessel_snapshot_times WHERE s = {snapshot}),
                   sum(positions * least(1.0, (s - {start}) / {ReadPathSchema.SnapshotInterval}))::DOUBLE
            FROM vessel_snapshot_times WHERE s > {start} AND s <= {snapshot}
            """);
        using DbDataReader reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) && !reader.IsDBNull(1) && reader.GetInt64(0) * rowWeight <= reader.GetDouble(1);
    }
}
