using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

/// <summary>
/// Maps a payload's message type to the record type that decodes it and hands the record to a handler. The table is
/// split by family into partial files (<c>AisMessageDecoder.Vessel.cs</c>, <c>AisMessageDecoder.Data.cs</c>), one case
/// per type: there is no monolithic decoder.
/// </summary>
public static partial class AisMessageDecoder
{
    /// <summary>Decodes one assembled payload and, when it is valid, passes the message to <paramref name="handler"/>.</summary>
    /// <returns><see cref="AisDecodeStatus.Ok"/>, or why the payload was rejected.</returns>
    public static AisDecodeStatus Decode<THandler>(in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where THandler : IAisMessageHandler
    {
        if (bits.BitLength < 38)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        int type = bits.MessageType;
        return DecodeVesselMessage(type, bits, metadata, ref handler)
            ?? DecodeDataMessage(type, bits, metadata, ref handler)
            ?? AisDecodeStatus.UnknownType;
    }

    /// <summary>Decodes with <typeparamref name="TMessage"/> and delivers the message if it is valid.</summary>
    private static AisDecodeStatus Deliver<TMessage, THandler>(in AisBitReader bits, in AisMetadata metadata, ref THandler handler)
        where TMessage : struct, IAisMessage<TMessage>
        where THandler : IAisMessageHandler
    {
        AisDecodeStatus status = TMessage.TryDecode(bits, out TMessage message);
        if (status == AisDecodeStatus.Ok)
        {
            handler.OnMessage(in message, in metadata);
        }
        return status;
    }
}
