using System.Diagnostics;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Maritime.Benchmarks;

/// <summary>
/// The ceiling ingest works under: reading and decoding the same synthetic file with a handler that only counts, on one
/// core. Run <c>ingest</c> first to write the file.
/// </summary>
internal static class DecodeThroughput
{
    public static int Run(string file)
    {
        var counter = new Counter();
        var clock = Stopwatch.StartNew();
        using AisInput input = AisReader.Open(file);
        AisStatistics statistics = AisReader.Read(input.Content, ref counter);
        clock.Stop();
        Console.WriteLine($"decode only: {statistics.Messages:N0} messages in {clock.Elapsed.TotalSeconds:F2} s, {statistics.Messages / clock.Elapsed.TotalSeconds:N0} messages/s");
        return 0;
    }

    private struct Counter : IAisMessageHandler
    {
        public long Messages;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Messages++;
    }
}
