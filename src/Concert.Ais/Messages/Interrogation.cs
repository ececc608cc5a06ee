using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 15: interrogation, asking one or two stations to transmit given message types. ITU-R M.1371-5 table 63; names
/// after gpsd.
/// </summary>
/// <remarks>
/// Three forms by length: 88 bits (station 1, one message), 110–112 bits (station 1, two messages) and 160 bits (a
/// second station too). gpsd accepts 88..168 bits and reads fields cut by the message end with their missing bits as
/// zero; <see cref="BitLength"/> keeps the length so that encoding gives back the same bits.
/// </remarks>
/// <param name="MessageType">15.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="Mmsi1">MMSI of the first interrogated station.</param>
/// <param name="FirstType1">First message type requested from station 1.</param>
/// <param name="FirstOffset1">Slot offset of the first reply from station 1.</param>
/// <param name="Spare2">Bits 88–89, spare.</param>
/// <param name="SecondType1">Second message type requested from station 1 (0 when absent).</param>
/// <param name="SecondOffset1">Slot offset of the second reply from station 1.</param>
/// <param name="Spare3">Bits 108–109, spare.</param>
/// <param name="Mmsi2">MMSI of the second interrogated station (0 when absent).</param>
/// <param name="FirstType2">Message type requested from station 2.</param>
/// <param name="FirstOffset2">Slot offset of the reply from station 2.</param>
/// <param name="Spare4">Bits 158–167, spare (only the bits before the message end are sent).</param>
/// <param name="BitLength">The message length in bits (88..168).</param>
public readonly record struct Interrogation(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    uint Mmsi1,
    int FirstType1,
    int FirstOffset1,
    int Spare2,
    int SecondType1,
    int SecondOffset1,
    int Spare3,
    uint Mmsi2,
    int FirstType2,
    int FirstOffset2,
    int Spare4,
    int BitLength) : IAisMessage<Interrogation>
{
    /// <summary>The shortest length gpsd accepts: one station, one message.</summary>
    public const int MinBits = 88;

    /// <summary>The longest length gpsd accepts.</summary>
    public const int MaxBits = 168;

    /// <summary>True when the message asks station 1 for a second message (longer than 90 bits).</summary>
    public bool HasSecondRequest => BitLength > 90;

    /// <summary>
    /// True when the message holds a whole request to a second station (158 bits or more). The 112-bit form (station 1,
    /// two messages, padded to a byte) does not, though gpsd reads its two padding bits into <see cref="Mmsi2"/>.
    /// </summary>
    public bool HasSecondStation => BitLength >= 158;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out Interrogation message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        // Bits past the end read as zero, which is what gpsd reports for the absent requests.
        message = new Interrogation(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            Mmsi1: bits.UInt(40, 30),
            FirstType1: (int)bits.UInt(70, 6),
            FirstOffset1: (int)bits.UInt(76, 12),
            Spare2: (int)bits.UInt(88, 2),
            SecondType1: (int)bits.UInt(90, 6),
            SecondOffset1: (int)bits.UInt(96, 12),
            Spare3: (int)bits.UInt(108, 2),
            Mmsi2: bits.UInt(110, 30),
            FirstType2: (int)bits.UInt(140, 6),
            FirstOffset2: (int)bits.UInt(146, 12),
            Spare4: (int)bits.UInt(158, 10),
            BitLength: bits.BitLength);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.UInt(40, 30, Mmsi1);
        writer.UInt(70, 6, (uint)FirstType1);
        writer.UInt(76, 12, (uint)FirstOffset1);
        ClippedFields.UInt(writer, BitLength, 88, 2, (uint)Spare2);
        ClippedFields.UInt(writer, BitLength, 90, 6, (uint)SecondType1);
        ClippedFields.UInt(writer, BitLength, 96, 12, (uint)SecondOffset1);
        ClippedFields.UInt(writer, BitLength, 108, 2, (uint)Spare3);
        ClippedFields.UInt(writer, BitLength, 110, 30, Mmsi2);
        ClippedFields.UInt(writer, BitLength, 140, 6, (uint)FirstType2);
        ClippedFields.UInt(writer, BitLength, 146, 12, (uint)FirstOffset2);
        ClippedFields.UInt(writer, BitLength, 158, 10, (uint)Spare4);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("mmsi1"u8, Mmsi1);
        writer.Field("type1_1"u8, FirstType1);
        writer.Field("offset1_1"u8, FirstOffset1);
        writer.Field("type1_2"u8, SecondType1);
        writer.Field("offset1_2"u8, SecondOffset1);
        writer.Field("mmsi2"u8, Mmsi2);
        writer.Field("type2_1"u8, FirstType2);
        writer.Field("offset2_1"u8, FirstOffset2);
    }
}
