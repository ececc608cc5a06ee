using System.Diagnostics;
using System.Globalization;
using Concert.Maritime.Archive;
using Concert.Sharing;
using DuckDB.NET.Data;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// Builds (once, cached in the folder) an archive of <c>positions</c> reports from <c>vessels</c> vessels over 30 days,
/// in time order as ingest writes it, refreshes its read paths (the per-vessel segments of closed days and the
/// half-hourly snapshots, cached too), then stores one late position for a closed day and times the refresh that follows (it
/// rewrites that day alone), then times each query against its peer in the same run: the picture at a random time
/// (<see cref="ArchiveQueries.VesselsInBox"/>, which reads the snapshot and the positions since unless a scan of the
/// staleness window reads fewer rows, against that scan always) and the 30-day track of a random vessel (the segments against
/// a scan of the time-ordered table). Prints p50 and p99 of wall time and of the process's processor time per query
/// (DuckDB works on its own threads), the bytes a position costs in each table and in the whole file, and in each column
/// of <c>positions</c>, of the largest track segment and of the snapshots.
/// </summary>
internal static class QueryLatency
{
    private const int Runs = 200;

    // The peers are slow scans: fewer runs keep the benchmark short, and their p99 is then the second-slowest run.
    private const int PeerRuns = 100;
    private static readonly DateTimeOffset First = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Span = TimeSpan.FromDays(30);

    // Receiving stations of the synthetic coast: each vessel is heard by one of them.
    private const int Stations = 120;

    public static int Run(long positions, int vessels, string folder)
    {
        Directory.CreateDirectory(folder);
        string database = Path.Combine(folder, $"archive-{positions}-{vessels}.duckdb");
        var options = new ArchiveOptions { DatabasePath = database };
        using PositionArchive archive = PositionArchive.Open(options);
        ushort label = archive.RegisterLabel(new ConfidentialityLabel("NATO", Classification.Unclassified, DateTimeOffset.UnixEpoch, NationSet.Of(Trigraph.Parse("GBR"))));
        if (archive.CountPositions() == 0)
        {
            for (int station = 1; station <= Stations; station++)
            {
                archive.RegisterStation(string.Create(CultureInfo.InvariantCulture, $"station-{station:000}"));
            }
            var build = Stopwatch.StartNew();
            Fill(database, positions, vessels, label);
            Console.WriteLine($"built {positions:N0} positions of {vessels:N0} vessels in {build.Elapsed.TotalSeconds:F0} s, {new FileInfo(database).Length / 1e9:F2} GB");
        }
        DateTimeOffset now = First + Span + TimeSpan.FromDays(1);
        Refresh(archive, now, "read paths refreshed");
        AddLatePosition(database, First + TimeSpan.FromDays(10.5), label);
        Refresh(archive, now, "after one late position on day 10");
        Console.WriteLine($"archive: {archive.CountPositions():N0} positions, {new FileInfo(database).Length / 1e9:F2} GB");
        PrintSizes(database);
        PrintColumnSizes(database);

        using ArchiveQueries queries = archive.OpenQueries();
        var releasable = ReleasableLabels.Of([label]);
        var random = new Random(5);
        foreach (TimeSpan staleness in new[] { TimeSpan.FromMinutes(15), TimeSpan.FromHours(6) })
        {
            int seen = 0;
            var times = new DateTimeOffset[Runs + 5];
            for (int i = 0; i < times.Length; i++)
            {
                times[i] = First + TimeSpan.FromMinutes(30 + random.NextDouble() * (Span.TotalMinutes - 60));
            }
            Compare($"picture at t, staleness {staleness.TotalMinutes:F0} min",
                run => seen = queries.VesselsInBox(GeoBox.World, times[run], staleness, releasable).Count,
                run => seen = queries.VesselsInBoxByScan(GeoBox.World, times[run], staleness, releasable).Count,
                "snapshot + delta or scan, as chosen", "scan of the window", () => $"{seen:N0} vessels in view");
        }

        using var plain = new DuckDBConnection($"Data Source={database}");
        plain.Open();
        int points = 0;
        uint[] tracked = [.. Enumerable.Range(0, Runs + 5).Select(_ => (uint)(200_000_000 + random.Next(vessels)))];
        Compare("30-day track",
            run => points = queries.Track(tracked[run], First, First + Span, releasable).Count,
            run => points = PlainTrack(plain, tracked[run], label),
            "per-vessel segments", "scan of positions", () => $"{points:N0} positions");
        return 0;
    }

    private static void Refresh(PositionArchive archive, DateTimeOffset now, string what)
    {
        var refreshing = Stopwatch.StartNew();
        TimeSpan refreshProcessor = Environment.CpuUsage.TotalTime;
        ReadPathRefresh refresh = archive.RefreshReadPaths(now);
        string segments = string.Join(", ", refresh.TrackSegments.Select(segment => $"{segment.First:yyyy-MM-dd}+{segment.Days}d {segment.Positions:N0}"));
        Console.WriteLine($"{what} in {refreshing.Elapsed.TotalSeconds:F1} s ({(Environment.CpuUsage.TotalTime - refreshProcessor).TotalSeconds:F1} s processor): " +
            $"track segments written [{segments}], {refresh.SnapshotsBuilt} snapshots built");
    }

    // A position stored after its day was copied (the archive grows by one a run).
    private static void AddLatePosition(string database, DateTimeOffset time, ushort label)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO positions ({ReadPathSchema.PositionColumns})
            VALUES ({(time - DateTimeOffset.UnixEpoch).Ticks / 10}, 200000007, 30007000, -6000000, 100, 900, 90, 0, 1, 1, 1, {label},
                false, -128, 4095, 1)
            """);
        command.ExecuteNonQuery();
    }

    private static void Fill(string database, long positions, int vessels, ushort label)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        long firstMicros = (First - DateTimeOffset.UnixEpoch).Ticks / 10;
        long stepMicros = (long)(Span.TotalMicroseconds / positions);
        // Each vessel sails east from its own start at 10 knots; rows come in time order, one vessel after another. Of
        // the details, a third of the vessels report high accuracy; six in ten have no rate of turn sensor (−128), three
        // hold 0 and one turns, its rate varying each report; none is a SAR aircraft; each is heard by one station.
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO positions
            SELECT {firstMicros} + i * {stepMicros} AS t,
                   (200000000 + i % {vessels})::UINTEGER AS mmsi,
                   (30000000 + (i % {vessels}) * 1000)::INTEGER AS lat,
                   (-6000000 + ((i % {vessels}) * 7919) % 60000000 + (i // {vessels}) * 100)::INTEGER AS lon,
                   100::USMALLINT, 900::USMALLINT, 90::USMALLINT, 0::UTINYINT, 1::UTINYINT, 1::UTINYINT, 1::USMALLINT,
                   {label}::USMALLINT,
                   (i % {vessels}) % 3 = 0 AS accuracy,
                   (CASE WHEN (i % {vessels}) % 10 < 6 THEN -128 WHEN (i % {vessels}) % 10 < 9 THEN 0
                         ELSE (i // {vessels}) % 21 - 10 END)::TINYINT AS rot,
                   4095::USMALLINT AS altitude,
                   (1 + ((i % {vessels}) * 7) % {Stations})::USMALLINT AS station
            FROM range({positions}) r(i)
            """);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
        using DuckDBCommand checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "CHECKPOINT";
        checkpoint.ExecuteNonQuery();
    }

    // The track as a plain query over the time-ordered table: the peer the per-vessel copy is measured against.
    private static int PlainTrack(DuckDBConnection connection, uint mmsi, ushort label)
    {
        using DuckDBCommand command = connection.CreateCommand();
        long from = (First - DateTimeOffset.UnixEpoch).Ticks / 10, to = (First + Span - DateTimeOffset.UnixEpoch).Ticks / 10;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {ReadPathSchema.PositionColumns} FROM positions
            WHERE mmsi = {mmsi} AND t BETWEEN {from} AND {to} AND label IN ({label}) ORDER BY {ReadPathSchema.PositionOrder}
            """);
        using var reader = command.ExecuteReader();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
        }
        return rows;
    }

    // Bytes per stored row of each table, from the storage blocks its segments occupy (256 KiB each; blocks shared
    // between tables are counted for each, so this is an upper bound), and of the whole file: the blocks in use, which
    // is what the file needs (freed blocks are reused by later writes), and the file's length; after a checkpoint, which
    // writes what is still in the log and frees the blocks of dropped tables.
    private static void PrintSizes(string database)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        using (DuckDBCommand checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "CHECKPOINT";
            checkpoint.ExecuteNonQuery();
        }
        string[] segments = [.. PositionArchive.TextColumn(connection, "SELECT 'track_segment_' || id FROM track_segments ORDER BY first_day")];
        long positions = Long(connection, "SELECT count(*) FROM positions");
        foreach ((string name, string[] tables) in new[] { ("positions", new[] { "positions" }), ("track segments", segments), ("vessel_snapshots", new[] { "vessel_snapshots" }) })
        {
            long rows = tables.Sum(table => Long(connection, $"SELECT count(*) FROM {table}"));
            long bytes = tables.Sum(table => Long(connection, $"SELECT count(DISTINCT block_id) * 262144 FROM pragma_storage_info('{table}') WHERE block_id >= 0"));
            Console.WriteLine($"  {name} ({tables.Length} tables): {rows:N0} rows, {bytes / 1e6:F0} MB, {(rows == 0 ? 0 : (double)bytes / rows):F1} bytes a row, {(double)bytes / positions:F1} bytes a position");
        }
        long used = Long(connection, "SELECT used_blocks * block_size FROM pragma_database_size()");
        Console.WriteLine($"  all tables: {used / 1e6:F0} MB of blocks in use, {(double)used / positions:F1} bytes a position; file {new FileInfo(database).Length / 1e6:F0} MB");
    }

    // Bytes per position of each column of positions, of the largest track segment and of the snapshots: each column
    // copied alone, in the table's row order, into a table of its own, checkpointed and its blocks counted (256 KiB
    // each, so a column's figure is exact to a block: 0.013 bytes a row at 20 M rows).
    private static void PrintColumnSizes(string database)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        string segment = PositionArchive.TextColumn(connection, """
            SELECT 'track_segment_' || id FROM track_segments ORDER BY end_day - first_day DESC, first_day LIMIT 1
            """).Single();
        foreach (string table in new[] { "positions", segment, "vessel_snapshots" })
        {
            long rows = Long(connection, $"SELECT count(*) FROM {table}");
            var columns = new List<string>();
            double total = 0;
            foreach (string column in PositionArchive.TextColumn(connection, $"SELECT column_name FROM duckdb_columns() WHERE table_name = '{table}' ORDER BY column_index"))
            {
                Execute(connection, $"CREATE OR REPLACE TABLE column_size AS SELECT {column} FROM {table}; CHECKPOINT;");
                double bytes = (double)Long(connection, "SELECT count(DISTINCT block_id) * 262144 FROM pragma_storage_info('column_size') WHERE block_id >= 0") / rows;
                total += bytes;
                columns.Add(string.Create(CultureInfo.InvariantCulture, $"{column} {bytes:F2}"));
            }
            Execute(connection, "DROP TABLE column_size; CHECKPOINT;");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table} bytes a row by column ({rows:N0} rows): {string.Join(", ", columns)}; sum {total:F2}"));
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static long Long(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Compare(string what, Action<int> fast, Action<int> peer, string fastName, string peerName, Func<string> result)
    {
        Timings timings = Time(fast, Runs);
        Report($"{what}, {fastName} ({result()})", timings);
        timings = Time(peer, PeerRuns);
        Report($"{what}, {peerName} ({result()})", timings);
    }

    private static Timings Time(Action<int> query, int runs)
    {
        for (int i = 0; i < 5; i++)
        {
            query(Runs + i);
        }
        var wall = new double[runs];
        var processor = new double[runs];
        int collections = GC.CollectionCount(0), fullCollections = GC.CollectionCount(2);
        TimeSpan paused = GC.GetTotalPauseDuration();
        for (int i = 0; i < runs; i++)
        {
            TimeSpan processorStart = Environment.CpuUsage.TotalTime;
            long start = Stopwatch.GetTimestamp();
            query(i);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            processor[i] = (Environment.CpuUsage.TotalTime - processorStart).TotalMilliseconds;
        }
        Array.Sort(wall);
        Array.Sort(processor);
        return new Timings(wall, processor, GC.CollectionCount(0) - collections, GC.CollectionCount(2) - fullCollections,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
    }

    // The collections are those of the timed runs: a collection's pause lands in the wall time of the query it stops.
    private static void Report(string what, Timings timings)
    {
        (double[] wall, double[] processor) = (timings.Wall, timings.Processor);
        Console.WriteLine($"{what}: wall p50 {wall[wall.Length / 2]:F2} ms, p99 {wall[(int)(wall.Length * 0.99)]:F2} ms; " +
            $"processor p50 {processor[processor.Length / 2]:F2} ms, p99 {processor[(int)(processor.Length * 0.99)]:F2} ms over {wall.Length} runs; " +
            $"{timings.Collections} collections ({timings.FullCollections} gen 2), {timings.PausedMs:F0} ms paused");
    }

    // Sorted wall and processor times of a measurement's runs, and the garbage collections during them.
    private sealed record Timings(double[] Wall, double[] Processor, int Collections, int FullCollections, double PausedMs);
}
