using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 20: data link management, a base station reserving one to four blocks of slots. ITU-R M.1371-5 table 70; names
/// after gpsd.
/// </summary>
/// <remarks>
/// Each reservation is 30 bits (offset 12, number 4, timeout 3, increment 11). gpsd accepts 72..186 bits and reads a
/// reservation cut by the message end with its missing bits as zero; <see cref="BitLength"/> keeps the length so that
/// encoding gives back the same bits.
/// </remarks>
/// <param name="MessageType">20.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="Offset1">Reserved offset number 1 (slots).</param>
/// <param name="Number1">Number of reserved consecutive slots 1 (0 = not used).</param>
/// <param name="Timeout1">Time-out 1 in minutes.</param>
/// <param name="Increment1">Increment 1 (slots).</param>
/// <param name="Offset2">Reserved offset number 2.</param>
/// <param name="Number2">Number of slots 2.</param>
/// <param name="Timeout2">Time-out 2.</param>
/// <param name="Increment2">Increment 2.</param>
/// <param name="Offset3">Reserved offset number 3.</param>
/// <param name="Number3">Number of slots 3.</param>
/// <param name="Timeout3">Time-out 3.</param>
/// <param name="Increment3">Increment 3.</param>
/// <param name="Offset4">Reserved offset number 4.</param>
/// <param name="Number4">Number of slots 4.</param>
/// <param name="Timeout4">Time-out 4.</param>
/// <param name="Increment4">Increment 4.</param>
/// <param name="Spare2">Bits 160–185, spare padding (only the bits before the message end are sent).</param>
/// <param name="BitLength">The message length in bits (72..186).</param>
public readonly record struct DataLinkManagement(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    int Offset1,
    int Number1,
    int Timeout1,
    int Increment1,
    int Offset2,
    int Number2,
    int Timeout2,
    int Increment2,
    int Offset3,
    int Number3,
    int Timeout3,
    int Increment3,
    int Offset4,
    int Number4,
    int Timeout4,
    int Increment4,
    int Spare2,
    int BitLength) : IAisMessage<DataLinkManagement>
{
    /// <summary>The shortest length gpsd accepts: one reservation.</summary>
    public const int MinBits = 72;

    /// <summary>The longest length gpsd accepts.</summary>
    public const int MaxBits = 186;

    /// <summary>How many whole reservations the message carries (1..4); the rest up to a byte boundary is spare.</summary>
    public int ReservationCount => Math.Min(4, (BitLength - 40) / 30);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out DataLinkManagement message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new DataLinkManagement(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            Offset1: (int)bits.UInt(40, 12),
            Number1: (int)bits.UInt(52, 4),
            Timeout1: (int)bits.UInt(56, 3),
            Increment1: (int)bits.UInt(59, 11),
            Offset2: (int)bits.UInt(70, 12),
            Number2: (int)bits.UInt(82, 4),
            Timeout2: (int)bits.UInt(86, 3),
            Increment2: (int)bits.UInt(89, 11),
            Offset3: (int)bits.UInt(100, 12),
            Number3: (int)bits.UInt(112, 4),
            Timeout3: (int)bits.UInt(116, 3),
            Increment3: (int)bits.UInt(119, 11),
            Offset4: (int)bits.UInt(130, 12),
            Number4: (int)bits.UInt(142, 4),
            Timeout4: (int)bits.UInt(146, 3),
            Increment4: (int)bits.UInt(149, 11),
            Spare2: (int)bits.UInt(160, 26),
            BitLength: bits.BitLength);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        ReadOnlySpan<int> fields =
        [
            Offset1, Number1, Timeout1, Increment1, Offset2, Number2, Timeout2, Increment2,
            Offset3, Number3, Timeout3, Increment3, Offset4, Number4, Timeout4, Increment4,
        ];
        ReadOnlySpan<int> widths = [12, 4, 3, 11];
        int offset = 40;
        for (int i = 0; i < fields.Length; i++)
        {
            ClippedFields.UInt(writer, BitLength, offset, widths[i % 4], (uint)fields[i]);
            offset += widths[i % 4];
        }
        ClippedFields.UInt(writer, BitLength, 160, 26, (uint)Spare2);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("offset1"u8, Offset1);
        writer.Field("number1"u8, Number1);
        writer.Field("timeout1"u8, Timeout1);
        writer.Field("increment1"u8, Increment1);
        writer.Field("offset2"u8, Offset2);
        writer.Field("number2"u8, Number2);
        writer.Field("timeout2"u8, Timeout2);
        writer.Field("increment2"u8, Increment2);
        writer.Field("offset3"u8, Offset3);
        writer.Field("number3"u8, Number3);
        writer.Field("timeout3"u8, Timeout3);
        writer.Field("increment3"u8, Increment3);
        writer.Field("offset4"u8, Offset4);
        writer.Field("number4"u8, Number4);
        writer.Field("timeout4"u8, Timeout4);
        writer.Field("increment4"u8, Increment4);
    }
}
