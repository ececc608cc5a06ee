using System.Net;
using System.Net.Sockets;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Receives NMEA as UDP datagrams (one or more lines each) on a local port until cancelled. Each datagram's records are
/// handed on at once; when the pipeline is full they are shed and counted.
/// </summary>
/// <param name="options">Its configuration; <see cref="FeedOptions.Port"/> to listen on, <see cref="FeedOptions.Host"/> the local address (any when null).</param>
public sealed class NmeaUdpFeed(FeedOptions options) : PositionFeed(options)
{
    private protected override async Task RunAsync(IngestPipeline pipeline, FeedRecordWriter writer, CancellationToken cancellation)
    {
        IPAddress address = Options.Host is null ? IPAddress.Any : IPAddress.Parse(Options.Host);
        using var socket = new UdpClient(new IPEndPoint(address, Options.Port));
        Statistics.AddConnection(pipeline.Clock.GetUtcNow());
        var feeder = new NmeaLineFeeder(writer);
        while (!cancellation.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await socket.ReceiveAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException error)
            {
                // ICMP errors and the like concern one datagram; the socket stays bound.
                ReportDown(pipeline, error.Message);
                continue;
            }
            Statistics.Received(pipeline.Clock.GetUtcNow());
            Copy(datagram.Buffer, feeder, writer);
        }
        feeder.Finish();
        writer.FlushOrShed(feeder.Lines);
    }

    private static void Copy(byte[] datagram, NmeaLineFeeder feeder, FeedRecordWriter writer)
    {
        int offset = 0;
        while (offset < datagram.Length)
        {
            Memory<byte> space = feeder.FreeSpace;
            int count = Math.Min(space.Length, datagram.Length - offset);
            datagram.AsMemory(offset, count).CopyTo(space);
            feeder.Advance(count);
            offset += count;
            // A datagram ends its last line even without a terminator.
            while (!feeder.DecodeLines(final: offset == datagram.Length))
            {
                writer.FlushOrShed(feeder.Lines);
            }
        }
        writer.FlushOrShed(feeder.Lines);
    }
}
