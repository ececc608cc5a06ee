using System.Diagnostics;
using System.Text;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;
using DuckDB.NET.Data;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// Ingests an NMEA file end to end (read, decode, hash, de-duplicate, commit to DuckDB, update the live picture) and reports messages a
/// second of wall time and per processor-second, the archive's final checkpoint included. In the same run it times two
/// peers on the same input: decoding alone (the ceiling ingest works under), and DuckDB loading the very positions the
/// ingest stored from a CSV file with its own parallel <c>read_csv</c> (what the database does without Concert).
/// </summary>
internal static class IngestThroughput
{
    private const long Start = 1_772_323_200;

    /// <summary>Writes (once) a synthetic file of <paramref name="messages"/> lines, one in ten a second receiver's copy, and ingests it.</summary>
    public static Task<int> RunSyntheticAsync(int messages, string folder)
    {
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"synthetic-{messages}.nmea");
        if (!File.Exists(file))
        {
            Write(file, messages);
        }
        return RunAsync(file, folder);
    }

    /// <summary>
    /// Ingests <paramref name="file"/> (for instance a day from <c>concert exercise generate</c>) into a fresh archive in
    /// <paramref name="folder"/> twice: into the archive alone, then into the archive and the live picture.
    /// </summary>
    public static async Task<int> RunAsync(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        Console.WriteLine($"input {file} ({new FileInfo(file).Length / 1e6:N0} MB), {Environment.ProcessorCount} processors, load average {LoadAverage()}");
        DecodeThroughput.Run(file);

        (string database, long stored) = await IngestAsync(file, folder, picture: null);
        LoadWithDuckDb(database, folder, stored);
        File.Delete(database);

        (database, _) = await IngestAsync(file, folder, new MaritimePicture());
        File.Delete(database);
        return 0;
    }

    /// <summary>Ingests <paramref name="file"/> into a fresh archive and the live picture only, without the peers (for profiling).</summary>
    public static async Task<int> RunWithPictureAsync(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        Console.WriteLine($"input {file} ({new FileInfo(file).Length / 1e6:N0} MB), {Environment.ProcessorCount} processors, load average {LoadAverage()}");
        (string database, _) = await IngestAsync(file, folder, new MaritimePicture());
        File.Delete(database);
        return 0;
    }

    private static async Task<(string Database, long Stored)> IngestAsync(string file, string folder, MaritimePicture? picture)
    {
        string database = Path.Combine(folder, "ingest-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var label = new ConfidentialityLabel("NATO", Classification.Unclassified, DateTimeOffset.UnixEpoch, NationSet.Of(Trigraph.Parse("GBR")));
        TimeSpan processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        (int gen0, int gen1, int gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        (long allocated, TimeSpan paused) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        IngestSummary summary;
        long batches;
        var pictureTime = new Stopwatch();
        using (PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = database }))
        {
            var runner = new IngestRunner(archive, [new FeedOptions { Name = "bench", Kind = FeedKind.NmeaFile, Path = file, Label = label }]);
            if (picture is not null)
            {
                // The live picture follows the archive as in the host; handlers run in subscription order, so the two
                // around it time its share of the publishing stage.
                runner.Pipeline.Committed += (_, _) => pictureTime.Start();
                CommittedPictureFeed.Follow(picture, runner.Pipeline);
                runner.Pipeline.Committed += (_, _) => pictureTime.Stop();
            }
            summary = await runner.RunAsync();
            batches = runner.Pipeline.BatchesCommitted;
        }
        clock.Stop();
        double processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
        FeedStatistics statistics = summary.Feeds[0].Statistics;
        double wall = clock.Elapsed.TotalSeconds;
        string what = picture is null ? "archive only" : "archive and live picture";
        if (picture is null)
        {
            Console.WriteLine($"ingest: lines {statistics.Lines:N0}, messages {statistics.Messages:N0}, positions stored {summary.PositionsCommitted:N0}, repeats merged {summary.RepeatsMerged:N0}, statics {statistics.Statics:N0}, batches {batches:N0}, archive {new FileInfo(database).Length / 1e6:N0} MB ({new FileInfo(database).Length / (double)Math.Max(1, summary.PositionsCommitted):F1} bytes a position)");
        }
        else
        {
            Console.WriteLine($"live picture: {picture.Count:N0} vessels (a vessel whose MMSI has no valid country digits is left out), updated in {pictureTime.Elapsed.TotalSeconds:F2} s of the publishing stage");
        }
        Console.WriteLine($"ingest end to end ({what}, closed archive): {wall:F2} s wall, {processor:F2} processor-s: {statistics.Messages / wall:N0} messages/s wall, {statistics.Messages / processor:N0} messages per processor-second");
        Console.WriteLine($"  managed memory: {(GC.GetTotalAllocatedBytes() - allocated) / (double)statistics.Messages:F0} bytes allocated a message, collections gen0/1/2 {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s");
        return (database, summary.PositionsCommitted);
    }

    // The peer: the stored positions exported to CSV (not timed), then loaded by DuckDB's own parallel CSV reader into a
    // fresh database with the same table, committed and checkpointed.
    private static void LoadWithDuckDb(string database, string folder, long positions)
    {
        string csv = Path.Combine(folder, "positions-" + Guid.NewGuid().ToString("N") + ".csv");
        string peer = Path.Combine(folder, "peer-" + Guid.NewGuid().ToString("N") + ".duckdb");
        using (var source = new DuckDBConnection($"Data Source={database}"))
        {
            source.Open();
            Execute(source, $"COPY (SELECT * FROM positions) TO '{csv}' (HEADER true)");
        }
        TimeSpan processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var target = new DuckDBConnection($"Data Source={peer}"))
        {
            target.Open();
            // The archive's own column types, whatever its schema is today (no rows are copied).
            Execute(target, $"ATTACH '{database}' AS archive (READ_ONLY)");
            Execute(target, "CREATE TABLE positions AS FROM archive.positions LIMIT 0");
            Execute(target, "DETACH archive");
            Execute(target, $"INSERT INTO positions SELECT * FROM read_csv('{csv}', header = true)");
        }
        clock.Stop();
        double processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
        double wall = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"peer, DuckDB read_csv of the same {positions:N0} positions ({new FileInfo(csv).Length / 1e6:N0} MB CSV) into a closed database: {wall:F2} s wall, {processor:F2} processor-s: {positions / wall:N0} rows/s wall, {positions / processor:N0} rows per processor-second");
        File.Delete(csv);
        File.Delete(peer);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static void Write(string path, int messages)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var random = new Random(1);
        for (int i = 0; i < messages; i++)
        {
            uint vessel = (uint)(200_000_000 + random.Next(20_000));
            double latitude = 50 + random.NextDouble() * 10, longitude = random.NextDouble() * 10;
            double speed = random.Next(200) / 10.0, course = random.Next(3600) / 10.0;
            int heading = random.Next(360);
            output.WriteLine(NmeaSentences.PositionA(vessel, latitude, longitude, speed, course, heading, i % 60, Start + i / 1_000, "north"));
            if (i % 10 == 8 && ++i < messages)
            {
                output.WriteLine(NmeaSentences.PositionA(vessel, latitude, longitude, speed, course, heading, (i - 1) % 60, Start + i / 1_000, "south"));
            }
        }
    }
}
