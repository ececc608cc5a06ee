using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 14: safety-related broadcast message, free text for all stations. ITU-R M.1371-5 table 62; names after gpsd.
/// </summary>
/// <param name="MessageType">14.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="TextBits">The six-bit characters from bit 40 to the end, as sent (padding and any odd bits included).</param>
public readonly record struct SafetyBroadcastMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    AisBinaryData TextBits) : IAisMessage<SafetyBroadcastMessage>
{
    /// <summary>The shortest length gpsd accepts (no text).</summary>
    public const int MinBits = 40;

    /// <summary>The longest length gpsd 3.22 accepts.</summary>
    public const int MaxBits = 1008;

    /// <summary>The text, cut at the first '@' and trimmed of trailing spaces as gpsd does.</summary>
    public string Text => GpsdText.ToEnd(TextBits.Reader, 0);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out SafetyBroadcastMessage message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new SafetyBroadcastMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            TextBits: AisBinaryData.Read(bits, MinBits, bits.BitLength - MinBits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        TextBits.Write(writer, MinBits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("text"u8, Text);
    }
}
