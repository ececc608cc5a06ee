using System.Diagnostics;
using System.Globalization;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Benchmarks;

/// <summary>
/// The <c>--throughput FILE [--warm]</c> mode that <c>bench/run.sh</c> times against the peers: decodes every line of a
/// file to records with <see cref="AisReader"/> and a handler that only counts them, once (what a whole process costs,
/// which run.sh times from outside). With <c>--warm</c> it then also decodes the file three more times and prints the
/// best: the decoder's steady rate once compiled, with the file in the page cache as for the peers.
/// </summary>
internal static class Throughput
{
    public static void Run(string path, bool warmPasses)
    {
        (long messages, TimeSpan cold) = DecodeOnce(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages} messages in {cold.TotalSeconds:F3} s CPU (cold pass)"));
        if (!warmPasses)
        {
            return;
        }
        TimeSpan warm = TimeSpan.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            warm = TimeSpan.FromTicks(Math.Min(warm.Ticks, DecodeOnce(path).Elapsed.Ticks));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{messages} messages in {warm.TotalSeconds:F3} s CPU (warm pass): {messages / warm.TotalSeconds:F0} messages/s"));
    }

    private static (long Messages, TimeSpan Elapsed) DecodeOnce(string path)
    {
        var decoder = new AisLineDecoder();
        var counter = new MessageCounter();
        // Processor time, not wall time: on a shared machine the wall clock also counts the time other processes held
        // the core. The process has one busy thread, so its processor time is the decoder's.
        TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
        using (AisInput input = AisReader.Open(path))
        {
            AisReader.Read(input, decoder, ref counter);
        }
        return (counter.Messages, Process.GetCurrentProcess().TotalProcessorTime - start);
    }

    /// <summary>Counts messages and does nothing else, so that the time measured is the decoder's.</summary>
    private struct MessageCounter : IAisMessageHandler
    {
        public long Messages;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Messages++;
    }
}
