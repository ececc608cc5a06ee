using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// Keeps the (vessel, time) copy of closed days that answers <see cref="ArchiveQueries.Track"/> as tiered segments,
/// each sorted on its own: a day is copied when it closes; when an aligned block of 4, then 16 days closes, the segments
/// inside it are merged into one, so a 30-day track reads a few segments (one or two row groups each) and no refresh
/// sorts more than 16 days. A closed day whose positions changed (late rows, raised receiver counts, retention) is
/// rewritten alone as a segment of its own, its rows removed from the block that held them; a block that collects
/// <see cref="LateSegmentsBeforeMerge"/> such days is merged again. A refresh therefore costs what changed, not the archive.
/// </summary>
/// <remarks>
/// Every segment is written in one transaction (the new table, the rows removed from the old ones, the catalog), so a
/// reader that reads the catalog and the segments in one transaction sees each position exactly once.
/// </remarks>
internal sealed class TrackSegments(DuckDBConnection connection)
{
    private const long MicrosPerDay = ReadPathSchema.MicrosPerDay;

    // Late days rewritten on their own inside a merged block before the block is merged again (the merge costs the
    // block; a late day, the day).
    private const int LateSegmentsBeforeMerge = 3;

    private static readonly DateOnly Epoch = DateOnly.FromDateTime(DateTime.UnixEpoch);

    /// <summary>Brings the segments up to date with the positions of the days before <paramref name="today"/>.</summary>
    /// <param name="today">The current UTC day, in days since 1970: it is not closed.</param>
    /// <returns>The segments written, in order.</returns>
    public List<TrackSegmentWritten> Refresh(int today)
    {
        Dictionary<int, DaySignature> current = Signatures(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT (t // {MicrosPerDay})::INTEGER, count(*), sum(receivers)::BIGINT FROM positions
            WHERE t < {today * MicrosPerDay} GROUP BY 1
            """));
        Dictionary<int, DaySignature> copied = Signatures("SELECT day, positions, receivers FROM track_days");
        var changed = new SortedSet<int>(current.Keys.Union(copied.Keys).Where(day =>
            !current.TryGetValue(day, out DaySignature now) || !copied.TryGetValue(day, out DaySignature then) || now != then));

        var written = new List<TrackSegmentWritten>();
        List<Segment> segments = Segments();
        foreach (int size in ReadPathSchema.TrackBlockDays)
        {
            IEnumerable<int> candidates = changed.Select(day => Floor(day, size))
                .Concat(segments.Where(segment => segment.Days < size).Select(segment => Floor(segment.First, size)));
            foreach (int first in candidates.Distinct().Order().ToList())
            {
                int end = first + size;
                if (end <= today && IsDue(first, end, segments, changed))
                {
                    written.Add(Write(first, end, segments));
                    changed.RemoveWhere(day => day >= first && day < end);
                    segments = Segments();
                }
            }
        }
        foreach (int day in changed)
        {
            written.Add(Write(day, day + 1, segments));
            segments = Segments();
        }
        if (written.Count > 0)
        {
            DropEmptySegments();
        }
        return written;
    }

    // A closed block is merged when it was never merged and holds something (segments, or days not copied yet), or when
    // it was and has collected enough late days. A block inside a larger merged one is left alone: its changed days
    // are rewritten one by one.
    private static bool IsDue(int first, int end, List<Segment> segments, SortedSet<int> changed)
    {
        if (segments.Any(segment => segment.First <= first && segment.End >= end && segment.Days > end - first))
        {
            return false;
        }
        int inside = segments.Count(segment => segment.First >= first && segment.End <= end);
        SortedSet<int> changedInside = changed.GetViewBetween(first, end - 1);
        if (!segments.Any(segment => segment.First == first && segment.End == end))
        {
            return inside > 0 || changedInside.Count > 0;
        }
        // Late days: those already rewritten on their own, and those about to be.
        int late = inside - 1 + changedInside.Count(day => !segments.Any(segment => segment.First == day && segment.End == day + 1));
        return late > LateSegmentsBeforeMerge;
    }

    private static int Floor(int day, int size) => day / size * size;

    // Copies the positions of days [first, end) into a new segment sorted by (vessel, time), replacing the segments
    // inside the range and removing the range's rows from a larger segment that held them. A track orders reports of
    // one second by their values, so their order here is free.
    private TrackSegmentWritten Write(int first, int end, List<Segment> segments)
    {
        long from = first * MicrosPerDay, to = end * MicrosPerDay;
        using DuckDBTransaction transaction = connection.BeginTransaction();
        foreach (Segment segment in segments.Where(segment => segment.First < end && segment.End > first))
        {
            string table = ReadPathSchema.TrackSegmentTable(segment.Id);
            if (segment.First >= first && segment.End <= end)
            {
                Execute($"DROP TABLE {table}; DELETE FROM track_segments WHERE id = {segment.Id};");
            }
            else
            {
                Execute($"DELETE FROM {table} WHERE t >= {from} AND t < {to};");
            }
        }
        int id = (int)Scalar($"SELECT nextval('track_segment_ids')");
        string created = ReadPathSchema.TrackSegmentTable(id);
        Execute($"""
            DELETE FROM track_days WHERE day >= {first} AND day < {end};
            CREATE TABLE {created} AS SELECT {ReadPathSchema.PositionColumns} FROM positions WHERE t >= {from} AND t < {to} ORDER BY mmsi, t;
            INSERT INTO track_days
            SELECT (t // {MicrosPerDay})::INTEGER, {id}, count(*), sum(receivers)::BIGINT FROM {created} GROUP BY 1;
            """);
        long positions = Scalar($"SELECT count(*) FROM {created}");
        if (positions == 0)
        {
            Execute($"DROP TABLE {created};");
        }
        else
        {
            Execute($"INSERT INTO track_segments VALUES ({id}, {first}, {end});");
        }
        transaction.Commit();
        return new TrackSegmentWritten(Epoch.AddDays(first), end - first, positions);
    }

    // A merged block whose days were all rewritten elsewhere or removed holds nothing any more.
    private void DropEmptySegments()
    {
        var empty = new List<int>();
        using (DuckDBCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM track_segments WHERE id NOT IN (SELECT segment FROM track_days)";
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                empty.Add(reader.GetInt32(0));
            }
        }
        using DuckDBTransaction transaction = connection.BeginTransaction();
        foreach (int id in empty)
        {
            Execute($"DROP TABLE {ReadPathSchema.TrackSegmentTable(id)}; DELETE FROM track_segments WHERE id = {id};");
        }
        transaction.Commit();
    }

    private List<Segment> Segments()
    {
        var segments = new List<Segment>();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, first_day, end_day FROM track_segments";
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            segments.Add(new Segment(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        }
        return segments;
    }

    private Dictionary<int, DaySignature> Signatures(string sql)
    {
        var signatures = new Dictionary<int, DaySignature>();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            signatures.Add(reader.GetInt32(0), new DaySignature(reader.GetInt64(1), reader.GetInt64(2)));
        }
        return signatures;
    }

    private long Scalar(FormattableString sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql.ToString(CultureInfo.InvariantCulture);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(FormattableString sql) => PositionArchive.Execute(connection, sql.ToString(CultureInfo.InvariantCulture));

    // A day's positions as copied: a row added or a receiver count raised changes one of the two.
    private readonly record struct DaySignature(long Positions, long Receivers);

    private readonly record struct Segment(int Id, int First, int End)
    {
        public int Days => End - First;
    }
}
