// Usage: Concert.Maritime.IngestProbe <archive.duckdb> <file.nmea>
// Prints "ack <last line>" after each batch is committed (never before), then "done <positions added>".
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Sharing;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Concert.Maritime.IngestProbe <archive.duckdb> <file.nmea>");
    return 2;
}

using PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = args[0] });
var label = new ConfidentialityLabel("NATO", Classification.Unclassified, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), NationSet.Of(Trigraph.Parse("GBR")));
var feed = new FeedOptions { Name = "probe", Kind = FeedKind.NmeaFile, Path = args[1], Label = label };
var runner = new IngestRunner(archive, [feed], new IngestOptions { ChunkSize = 100, BatchSize = 1_000, QueuedChunks = 4, QueuedBatches = 1 });
using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
runner.Pipeline.Committed += (_, batch) =>
{
    foreach (long sequence in batch.LastSequences.Values)
    {
        output.WriteLine($"ack {sequence}");
    }
};
IngestSummary summary = await runner.RunAsync();
if (summary.Feeds[0].Error is { } error)
{
    Console.Error.WriteLine(error);
    return 1;
}
output.WriteLine($"done {summary.PositionsCommitted}");
return 0;
