using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Brings the read-path tables of <see cref="ReadPathSchema"/> up to date with <c>positions</c>: the (vessel, time)
/// segments of closed days (<see cref="TrackSegments"/>) and the half-hourly snapshots of last positions. Work is done
/// only where <c>positions</c> changed, judged by per-day and per-interval counts and sums of receiver counts, so a
/// refresh after nothing happened costs two counting scans.
/// </summary>
/// <remarks>
/// Runs on its own connection, outside the archive's writer lock: it only reads <c>positions</c> and writes tables
/// ingest never writes, so DuckDB's optimistic concurrency lets ingest keep committing meanwhile, and readers see the
/// old copy until the new one commits. Rows that arrive late for a time already covered are picked up by the next refresh.
/// </remarks>
internal sealed class ReadPathMaintainer(DuckDBConnection connection)
{
    private const long Interval = ReadPathSchema.SnapshotInterval;
    private const long Window = ReadPathSchema.SnapshotWindow;

    public ReadPathRefresh Refresh(DateTimeOffset now)
    {
        long nowMicros = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        List<TrackSegmentWritten> tracks = new TrackSegments(connection).Refresh((int)(nowMicros / ReadPathSchema.MicrosPerDay));
        int snapshots = RefreshSnapshots(nowMicros / Interval * Interval);
        return new ReadPathRefresh(tracks, snapshots);
    }

    // Snapshots at every interval boundary from the first position to now. Each is built from the one before plus the
    // interval's positions, so a change (a count or a sum of receiver counts that differs from the one recorded)
    // rebuilds the snapshots from there to one window after the last change.
    private int RefreshSnapshots(long last)
    {
        long first;
        using (DuckDBCommand range = connection.CreateCommand())
        {
            range.CommandText = "SELECT min(t) FROM positions";
            object? earliest = range.ExecuteScalar();
            if (earliest is not long firstPosition)
            {
                Execute($"DELETE FROM vessel_snapshots; DELETE FROM vessel_snapshot_times;");
                return 0;
            }
            first = (firstPosition + Interval - 1) / Interval * Interval;
            // Positions dropped by retention leave with the snapshot rows that point at them.
            Execute($"DELETE FROM vessel_snapshots WHERE t < {firstPosition}; DELETE FROM vessel_snapshot_times WHERE s < {first};");
        }
        if (last < first)
        {
            return 0;
        }

        Dictionary<long, IntervalSignature> counts = IntervalSignatures(first, last);
        Dictionary<long, IntervalSignature> recorded = RecordedSignatures();
        int built = 0;
        long? lastChanged = null;
        for (long s = first; s <= last; s += Interval)
        {
            if (!recorded.TryGetValue(s, out IntervalSignature recordedSignature) || recordedSignature != counts.GetValueOrDefault(s))
            {
                lastChanged = s;
            }
            // A changed interval's positions are in the windows of the snapshots up to one window after it; a later
            // snapshot holds none of them and stays as it is.
            if (lastChanged is not long changed || s > changed + Window)
            {
                continue;
            }
            // The first snapshot reads its whole window; every later one the previous snapshot and one interval.
            const string Columns = ReadPathSchema.PositionColumns;
            string source = s == first
                ? string.Create(CultureInfo.InvariantCulture, $"SELECT {Columns} FROM positions WHERE t BETWEEN {s - Window} AND {s}")
                : string.Create(CultureInfo.InvariantCulture, $"""
                  SELECT {Columns} FROM vessel_snapshots WHERE s = {s - Interval} AND t >= {s - Window}
                  UNION ALL SELECT {Columns} FROM positions WHERE t > {s - Interval} AND t <= {s}
                  """);
            IntervalSignature signature = counts.GetValueOrDefault(s);
            using DuckDBTransaction transaction = connection.BeginTransaction();
            Execute($"""
                DELETE FROM vessel_snapshots WHERE s = {s};
                DELETE FROM vessel_snapshot_times WHERE s = {s};
                INSERT INTO vessel_snapshots
                SELECT {s}, {Columns} FROM ({source})
                QUALIFY row_number() OVER (PARTITION BY mmsi, label ORDER BY {ReadPathSchema.PositionOrderDescending}) = 1
                ORDER BY mmsi;
                INSERT INTO vessel_snapshot_times
                SELECT {s}, {signature.Positions}, {signature.Receivers}, count(*) FROM vessel_snapshots WHERE s = {s};
                """);
            transaction.Commit();
            built++;
        }
        return built;
    }

    // Positions and their receiver counts per snapshot interval (s − interval, s], by s.
    private Dictionary<long, IntervalSignature> IntervalSignatures(long first, long last) => Signatures(string.Create(CultureInfo.InvariantCulture, $"""
        SELECT (t + {Interval - 1}) // {Interval} * {Interval} AS s, count(*), sum(receivers)::BIGINT FROM positions
        WHERE t > {first - Interval} AND t <= {last} GROUP BY s
        """));

    private Dictionary<long, IntervalSignature> RecordedSignatures() => Signatures("SELECT s, positions, receivers FROM vessel_snapshot_times");

    private Dictionary<long, IntervalSignature> Signatures(string sql)
    {
        var signatures = new Dictionary<long, IntervalSignature>();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            signatures[reader.GetInt64(0)] = new IntervalSignature(reader.GetInt64(1), reader.GetInt64(2));
        }
        return signatures;
    }

    private void Execute(FormattableString sql) => PositionArchive.Execute(connection, sql.ToString(CultureInfo.InvariantCulture));

    // An interval's positions as snapshotted: a row added or a receiver count raised changes one of the two.
    private readonly record struct IntervalSignature(long Positions, long Receivers);
}
