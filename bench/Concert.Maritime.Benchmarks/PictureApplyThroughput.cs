using System.Diagnostics;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// The live picture's share of ingest alone: ingests a file once (not timed), keeps a copy of every committed batch, then
/// merges the batches into fresh pictures as <see cref="CommittedPictureFeed"/> does, by one writer and by one
/// partition per processor, alternately, timing each (wall and the process's processor time, nothing else running).
/// </summary>
internal static class PictureApplyThroughput
{
    public static async Task<int> RunAsync(string file, string folder, int rounds)
    {
        Directory.CreateDirectory(folder);
        string database = Path.Combine(folder, "picture-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var label = new ConfidentialityLabel("NATO", Classification.Unclassified, DateTimeOffset.UnixEpoch, NationSet.Of(Trigraph.Parse("GBR")));
        var batches = new List<IngestBatch>();
        using (PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = database }))
        {
            var runner = new IngestRunner(archive, [new FeedOptions { Name = "bench", Kind = FeedKind.NmeaFile, Path = file, Label = label }]);
            runner.Pipeline.Committed += (_, batch) =>
            {
                PositionRecord[] positions = batch.Positions.ToArray();
                batches.Add(new IngestBatch(positions, positions.Length, [.. batch.Statics], [], new Dictionary<ushort, long>()));
            };
            await runner.RunAsync();
            long positionCount = batches.Sum(batch => (long)batch.Positions.Length);
            Console.WriteLine($"picture input: {batches.Count} committed batches, {positionCount:N0} positions, {batches.Sum(batch => batch.Statics.Count):N0} statics");
            for (int round = 0; round < rounds; round++)
            {
                foreach (int partitions in (int[])[1, Environment.ProcessorCount])
                {
                    var picture = new MaritimePicture();
                    CommittedPictureFeed feed = CommittedPictureFeed.Follow(picture, runner.Pipeline, partitions, 4096);
                    GC.Collect();
                    TimeSpan processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    foreach (IngestBatch batch in batches)
                    {
                        feed.Apply(batch);
                    }
                    clock.Stop();
                    double processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
                    Console.WriteLine($"picture, {partitions} partition(s), load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}: {picture.Count:N0} vessels, {clock.Elapsed.TotalSeconds:F2} s wall, {processor:F2} processor-s: {processor * 1e6 / positionCount:F3} processor-µs a position");
                }
            }
        }
        File.Delete(database);
        return 0;
    }
}
