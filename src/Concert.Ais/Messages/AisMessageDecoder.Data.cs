using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

public static partial class AisMessageDecoder
{
    /// <summary>Binary, safety, acknowledgement and link-management messages: types 6–8, 10, 12–17, 20, 22, 23, 25, 26.</summary>
    private static AisDecodeStatus? DecodeDataMessage<THandler>(int type, in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where THandler : IAisMessageHandler => type switch
        {
            _ => null,
        };
}
