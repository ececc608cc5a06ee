using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

public static partial class AisMessageDecoder
{
    /// <summary>Ship, base-station and aid-to-navigation reports: types 1–5, 9, 11, 18, 19, 21, 24, 27.</summary>
    private static AisDecodeStatus? DecodeVesselMessage<THandler>(int type, in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where THandler : IAisMessageHandler => type switch
        {
            1 or 2 or 3 => Deliver<PositionReportClassA, THandler>(bits, metadata, ref handler),
            _ => null,
        };
}
