using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 12: addressed safety-related message, free text for one station. ITU-R M.1371-5 table 60; names after gpsd.
/// </summary>
/// <param name="MessageType">12.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="SequenceNumber">Sequence number (0..3) for the acknowledgement (type 13).</param>
/// <param name="DestinationMmsi">MMSI of the addressed station.</param>
/// <param name="Retransmit">True when the message is a retransmission.</param>
/// <param name="Spare">Bit 71, spare.</param>
/// <param name="TextBits">The six-bit characters from bit 72 to the end, as sent (padding and any odd bits included).</param>
public readonly record struct AddressedSafetyMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int SequenceNumber,
    uint DestinationMmsi,
    bool Retransmit,
    int Spare,
    AisBinaryData TextBits) : IAisMessage<AddressedSafetyMessage>
{
    /// <summary>The shortest length gpsd accepts (no text).</summary>
    public const int MinBits = 72;

    /// <summary>The longest length gpsd accepts (five slots).</summary>
    public const int MaxBits = 1008;

    /// <summary>The text, cut at the first '@' and trimmed of trailing spaces as gpsd does.</summary>
    public string Text => GpsdText.ToEnd(TextBits.Reader, 0);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out AddressedSafetyMessage message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new AddressedSafetyMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            SequenceNumber: (int)bits.UInt(38, 2),
            DestinationMmsi: bits.UInt(40, 30),
            Retransmit: bits.Bool(70),
            Spare: (int)bits.UInt(71, 1),
            TextBits: AisBinaryData.Read(bits, MinBits, bits.BitLength - MinBits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)SequenceNumber);
        writer.UInt(40, 30, DestinationMmsi);
        writer.Bool(70, Retransmit);
        writer.UInt(71, 1, (uint)Spare);
        TextBits.Write(writer, MinBits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("seqno"u8, SequenceNumber);
        writer.Field("dest_mmsi"u8, DestinationMmsi);
        writer.Field("retransmit"u8, Retransmit);
        writer.Field("text"u8, Text);
    }
}
