using System.Diagnostics;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// The ceiling ingest works under: reading and decoding the same synthetic file with a handler that only counts, on one
/// thread, timed by wall clock and by processor time.
/// </summary>
internal static class DecodeThroughput
{
    public static int Run(string file)
    {
        var counter = new Counter();
        TimeSpan processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        AisStatistics statistics;
        using (AisInput input = AisReader.Open(file))
        {
            statistics = AisReader.Read(input.Content, ref counter);
        }
        clock.Stop();
        double processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
        Console.WriteLine($"peer, decode only (read, decompress, decode, one thread): {statistics.Messages:N0} messages, {clock.Elapsed.TotalSeconds:F2} s wall, {processor:F2} processor-s: {statistics.Messages / clock.Elapsed.TotalSeconds:N0} messages/s wall, {statistics.Messages / processor:N0} per processor-second");
        return 0;
    }

    private struct Counter : IAisMessageHandler
    {
        public long Messages;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Messages++;
    }
}
