using System.Diagnostics;
using System.Globalization;
using Concert.Maritime.Archive;
using Concert.Sharing;
using DuckDB.NET.Data;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// Builds (once) an archive of <c>positions</c> reports from <c>vessels</c> vessels over 30 days, in time order as
/// ingest writes it, then times the picture query (every vessel in view at a random time, 15-minute staleness) and the
/// 30-day track of a random vessel, reporting p50 and p99.
/// </summary>
internal static class QueryLatency
{
    private const int Runs = 200;
    private static readonly DateTimeOffset First = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Span = TimeSpan.FromDays(30);

    public static int Run(long positions, int vessels, string folder)
    {
        Directory.CreateDirectory(folder);
        string database = Path.Combine(folder, $"archive-{positions}-{vessels}.duckdb");
        var options = new ArchiveOptions { DatabasePath = database };
        using PositionArchive archive = PositionArchive.Open(options);
        ushort label = archive.RegisterLabel(new ConfidentialityLabel("NATO", Classification.Unclassified, DateTimeOffset.UnixEpoch, NationSet.Of(Trigraph.Parse("GBR"))));
        if (archive.CountPositions() == 0)
        {
            var build = Stopwatch.StartNew();
            Fill(database, positions, vessels, label);
            Console.WriteLine($"built {positions:N0} positions of {vessels:N0} vessels in {build.Elapsed.TotalSeconds:F0} s, {new FileInfo(database).Length / 1e9:F2} GB");
        }
        Console.WriteLine($"archive: {archive.CountPositions():N0} positions, {new FileInfo(database).Length / 1e9:F2} GB");

        using ArchiveQueries queries = archive.OpenQueries();
        var releasable = ReleasableLabels.Of([label]);
        var random = new Random(5);
        int seen = 0;
        double[] picture = Time(() =>
        {
            DateTimeOffset at = First + TimeSpan.FromMinutes(30 + random.NextDouble() * (Span.TotalMinutes - 60));
            seen = queries.VesselsInBox(GeoBox.World, at, TimeSpan.FromMinutes(15), releasable).Count;
        });
        Report($"picture at t ({seen:N0} vessels in view)", picture);
        int points = 0;
        double[] track = Time(() =>
        {
            uint mmsi = (uint)(200_000_000 + random.Next(vessels));
            points = queries.Track(mmsi, First, First + Span, releasable).Count;
        });
        Report($"30-day track ({points:N0} positions)", track);
        return 0;
    }

    private static void Fill(string database, long positions, int vessels, ushort label)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        long firstMicros = (First - DateTimeOffset.UnixEpoch).Ticks / 10;
        long stepMicros = (long)(Span.TotalMicroseconds / positions);
        // Each vessel sails east from its own start at 10 knots; rows come in time order, one vessel after another.
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO positions
            SELECT {firstMicros} + i * {stepMicros} AS t,
                   (200000000 + i % {vessels})::UINTEGER AS mmsi,
                   (30000000 + (i % {vessels}) * 1000)::INTEGER AS lat,
                   (-6000000 + ((i % {vessels}) * 7919) % 60000000 + (i // {vessels}) * 100)::INTEGER AS lon,
                   100::USMALLINT, 900::USMALLINT, 90::USMALLINT, 0::UTINYINT, 1::UTINYINT, 1::UTINYINT, 1::USMALLINT,
                   {label}::USMALLINT, hash(i)::UBIGINT
            FROM range({positions}) r(i)
            """);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
        using DuckDBCommand checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "CHECKPOINT";
        checkpoint.ExecuteNonQuery();
    }

    private static double[] Time(Action query)
    {
        for (int i = 0; i < 5; i++)
        {
            query();
        }
        var times = new double[Runs];
        for (int i = 0; i < Runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            query();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times;
    }

    private static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what}: p50 {sorted[sorted.Length / 2]:F2} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F2} ms, max {sorted[^1]:F2} ms over {sorted.Length} runs");
}
