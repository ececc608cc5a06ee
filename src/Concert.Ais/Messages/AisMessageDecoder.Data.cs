using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

public static partial class AisMessageDecoder
{
    /// <summary>Binary, safety, acknowledgement and link-management messages: types 6–8, 10, 12–17, 20, 22, 23, 25, 26.</summary>
    private static AisDecodeStatus? DecodeDataMessage<THandler>(int type, in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where THandler : IAisMessageHandler => type switch
        {
            6 => Deliver<AddressedBinaryMessage, THandler>(bits, metadata, ref handler),
            7 or 13 => Deliver<BinaryAcknowledge, THandler>(bits, metadata, ref handler),
            8 => Deliver<BinaryBroadcastMessage, THandler>(bits, metadata, ref handler),
            10 => Deliver<UtcDateInquiry, THandler>(bits, metadata, ref handler),
            12 => Deliver<AddressedSafetyMessage, THandler>(bits, metadata, ref handler),
            14 => Deliver<SafetyBroadcastMessage, THandler>(bits, metadata, ref handler),
            15 => Deliver<Interrogation, THandler>(bits, metadata, ref handler),
            16 => Deliver<AssignmentModeCommand, THandler>(bits, metadata, ref handler),
            17 => Deliver<DgnssBroadcast, THandler>(bits, metadata, ref handler),
            20 => Deliver<DataLinkManagement, THandler>(bits, metadata, ref handler),
            22 => Deliver<ChannelManagement, THandler>(bits, metadata, ref handler),
            23 => Deliver<GroupAssignmentCommand, THandler>(bits, metadata, ref handler),
            25 => Deliver<SingleSlotBinaryMessage, THandler>(bits, metadata, ref handler),
            26 => Deliver<MultipleSlotBinaryMessage, THandler>(bits, metadata, ref handler),
            _ => null,
        };
}
