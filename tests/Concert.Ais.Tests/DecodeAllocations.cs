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
        AisMessageDecoder.Decode(new AisBitReader(payload.Packed, payload.BitLength), metadata, ref handler);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < times; i++)
        {
            AisMessageDecoder.Decode(new AisBitReader(payload.Packed, payload.BitLength), metadata, ref handler);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEqual(0, handler.Total); // the messages did reach the handler
        return allocated;
    }

    private struct MmsiSum : IAisMessageHandler
    {
        public long Total;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Total += message.Mmsi;
    }
}
