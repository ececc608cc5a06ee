using Concert.Ais.Reading;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Reads an NMEA log file to its end: plain or gzip (detected by its first bytes), with or without tag blocks. The
/// pipeline's bound makes it wait, so a file loses nothing however slow the archive.
/// </summary>
/// <param name="options">Its configuration; <see cref="FeedOptions.Path"/> is the file.</param>
public sealed class NmeaFileFeed(FeedOptions options) : PositionFeed(options)
{
    private protected override async Task RunAsync(IngestPipeline pipeline, FeedRecordWriter writer, CancellationToken cancellation)
    {
        string path = Options.Path ?? throw new InvalidOperationException($"Feed '{Name}' has no file path.");
        using AisInput input = AisReader.Open(path);
        Statistics.AddConnection(pipeline.Clock.GetUtcNow());
        var feeder = new NmeaLineFeeder(writer);
        bool ended = false;
        while (!ended)
        {
            int read = await input.Content.ReadAsync(feeder.FreeSpace, cancellation).ConfigureAwait(false);
            ended = read == 0;
            feeder.Advance(read);
            while (!feeder.DecodeLines(final: ended))
            {
                await writer.FlushAsync(feeder.Lines, cancellation).ConfigureAwait(false);
            }
        }
        feeder.Finish();
        await writer.FlushAsync(feeder.Lines, cancellation).ConfigureAwait(false);
    }
}
