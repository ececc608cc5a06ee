using System.Net.Sockets;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Reads NMEA from a TCP server (AIS-catcher, a national AIS network) until cancelled. When the connection drops,
/// fails or goes silent for <see cref="FeedOptions.IdleTimeout"/>, it reconnects after a <see cref="ReconnectBackoff"/>
/// wait, counting each reconnection. Records are handed on after every read; when the pipeline is full they are shed
/// and counted rather than let the socket back up.
/// </summary>
/// <param name="options">Its configuration; <see cref="FeedOptions.Host"/> and <see cref="FeedOptions.Port"/> name the server.</param>
/// <param name="random">The backoff jitter's source; shared when null.</param>
public sealed class NmeaTcpFeed(FeedOptions options, Random? random = null) : PositionFeed(options)
{
    private protected override async Task RunAsync(IngestPipeline pipeline, FeedRecordWriter writer, CancellationToken cancellation)
    {
        string host = Options.Host ?? throw new InvalidOperationException($"Feed '{Name}' has no host.");
        var backoff = new ReconnectBackoff(Options.InitialBackoff, Options.MaxBackoff, random);
        var feeder = new NmeaLineFeeder(writer);
        while (!cancellation.IsCancellationRequested)
        {
            string why;
            try
            {
                why = await ReadConnectionAsync(host, feeder, writer, backoff, pipeline.Clock, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error) when (error is SocketException or IOException or OperationCanceledException)
            {
                why = error.Message;
            }
            feeder.Finish();
            writer.FlushOrShed(feeder.Lines);
            Statistics.Disconnected(pipeline.Clock.GetUtcNow(), why);
            ReportDown(pipeline, why);
            try
            {
                await Task.Delay(backoff.NextDelay(), pipeline.Clock, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            Statistics.AddReconnect();
            feeder.Restart();
        }
    }

    private async Task<string> ReadConnectionAsync(
        string host, NmeaLineFeeder feeder, FeedRecordWriter writer, ReconnectBackoff backoff, TimeProvider clock, CancellationToken cancellation)
    {
        using var client = new TcpClient();
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            connecting.CancelAfter(Options.IdleTimeout);
            await client.ConnectAsync(host, Options.Port, connecting.Token).ConfigureAwait(false);
        }
        Statistics.AddConnection(clock.GetUtcNow());
        backoff.Reset();
        NetworkStream stream = client.GetStream();
        while (true)
        {
            using var idle = new CancellationTokenSource(Options.IdleTimeout, clock);
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellation, idle.Token);
            int read;
            try
            {
                read = await stream.ReadAsync(feeder.FreeSpace, reading.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                return $"no data for {Options.IdleTimeout}";
            }
            if (read == 0)
            {
                return "the server closed the connection";
            }
            Statistics.Received(clock.GetUtcNow());
            feeder.Advance(read);
            while (!feeder.DecodeLines(final: false))
            {
                writer.FlushOrShed(feeder.Lines);
            }
            writer.FlushOrShed(feeder.Lines);
        }
    }
}
