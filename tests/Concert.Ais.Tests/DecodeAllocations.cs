using Concert.Ais.Bits;
using Concert.Ais.Messages;

namespace Concert.Ais.Tests;

/// <summary>Measures what decoding a payload through the dispatch table allocates, with a struct handler.</summary>
public static class DecodeAllocations
{
    /// <summary>Bytes allocated on this thread by decoding <paramref name="payload"/> <paramref name="times"/> times.</summary>
    public static long Measure(TestPayloads.Payload payload, int times)
    {
        var metadata = new AisMetadata("AI", false, 'A', 1, AisTagBlock.None, null);
        var handler = new MmsiSum();
        // The first pass lets the JIT reach its final tier; its own bookkeeping can allocate on this thread.
        DecodeRepeatedly(payload, times, metadata, ref handler);
        long before = GC.GetAllocatedBytesForCurrentThread();
        DecodeRepeatedly(payload, times, metadata, ref handler);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEqual(0, handler.Total); // the messages did reach the handler
        return allocated;
    }

    private static void DecodeRepeatedly(TestPayloads.Payload payload, int times, in AisMetadata metadata, ref MmsiSum handler)
    {
        for (int i = 0; i < times; i++)
        {
            AisMessageDecoder.Decode(new AisBitReader(payload.Packed, payload.BitLength), metadata, ref handler);
        }
    }

    private struct MmsiSum : IAisMessageHandler
    {
        public long Total;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Total += message.Mmsi;
    }
}
