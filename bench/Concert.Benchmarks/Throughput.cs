using System.Diagnostics;
using System.Globalization;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Benchmarks;

/// <summary>
/// The <c>--throughput FILE</c> mode that <c>bench/run.sh</c> times against the peers: decodes every line of a file to
/// records with <see cref="AisReader"/> and a handler that only counts them, then prints the count and the seconds.
/// </summary>
internal static class Throughput
{
    public static void Run(string path)
    {
        var decoder = new AisLineDecoder();
        var counter = new MessageCounter();
        var clock = Stopwatch.StartNew();
        using (AisInput input = AisReader.Open(path))
        {
            AisReader.Read(input, decoder, ref counter);
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{counter.Messages} messages in {clock.Elapsed.TotalSeconds:F3} s"));
    }

    /// <summary>Counts messages and does nothing else, so that the time measured is the decoder's.</summary>
    private struct MessageCounter : IAisMessageHandler
    {
        public long Messages;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Messages++;
    }
}
