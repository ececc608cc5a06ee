using System.Diagnostics;
using System.Text;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// Ingests a synthetic NMEA file end to end (read, decode, hash, de-duplicate, commit to DuckDB) and reports messages a
/// second. One message in ten is a second receiver's copy of the one before, as on a network with overlapping stations.
/// </summary>
internal static class IngestThroughput
{
    private const long Start = 1_772_323_200;

    public static async Task<int> RunAsync(int messages, string folder)
    {
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"synthetic-{messages}.nmea");
        if (!File.Exists(file))
        {
            Write(file, messages);
        }
        string database = Path.Combine(folder, "ingest-" + Guid.NewGuid().ToString("N") + ".duckdb");
        using (PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = database }))
        {
            var label = new ConfidentialityLabel("NATO", Classification.Unclassified, DateTimeOffset.UnixEpoch, NationSet.Of(Trigraph.Parse("GBR")));
            var runner = new IngestRunner(archive, [new FeedOptions { Name = "bench", Kind = FeedKind.NmeaFile, Path = file, Label = label }]);
            var clock = Stopwatch.StartNew();
            IngestSummary summary = await runner.RunAsync();
            clock.Stop();
            FeedStatistics statistics = summary.Feeds[0].Statistics;
            Console.WriteLine($"lines {statistics.Lines:N0}, messages {statistics.Messages:N0}, stored {summary.PositionsCommitted:N0}, repeats merged {summary.RepeatsMerged:N0}, batches {runner.Pipeline.BatchesCommitted:N0}");
            Console.WriteLine($"end to end: {clock.Elapsed.TotalSeconds:F2} s, {statistics.Messages / clock.Elapsed.TotalSeconds:N0} messages/s");
        }
        File.Delete(database);
        File.Delete(database + ".wal");
        return 0;
    }

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
