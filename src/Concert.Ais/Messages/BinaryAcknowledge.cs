using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Types 7 (binary acknowledge) and 13 (safety-related acknowledge): one to four acknowledged MMSIs, each with the
/// sequence number of the message it acknowledges. ITU-R M.1371-5 table 57; field names after gpsd.
/// </summary>
/// <remarks>
/// The message is 72, 104, 136 or 168 bits for one to four acknowledgements. gpsd accepts any length from 72 to 168 and
/// reads an entry cut by the message end with its missing bits as zero; <see cref="BitLength"/> keeps the length so
/// that encoding gives back the same bits.
/// </remarks>
/// <param name="MessageType">7 or 13.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="Mmsi1">First acknowledged MMSI.</param>
/// <param name="Sequence1">Sequence number (0..3) of the first acknowledged message.</param>
/// <param name="Mmsi2">Second acknowledged MMSI (0 when absent).</param>
/// <param name="Sequence2">Sequence number of the second acknowledged message.</param>
/// <param name="Mmsi3">Third acknowledged MMSI (0 when absent).</param>
/// <param name="Sequence3">Sequence number of the third acknowledged message.</param>
/// <param name="Mmsi4">Fourth acknowledged MMSI (0 when absent).</param>
/// <param name="Sequence4">Sequence number of the fourth acknowledged message.</param>
/// <param name="BitLength">The message length in bits (72..168).</param>
public readonly record struct BinaryAcknowledge(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    uint Mmsi1,
    int Sequence1,
    uint Mmsi2,
    int Sequence2,
    uint Mmsi3,
    int Sequence3,
    uint Mmsi4,
    int Sequence4,
    int BitLength) : IAisMessage<BinaryAcknowledge>
{
    /// <summary>The shortest length gpsd accepts: one acknowledgement.</summary>
    public const int MinBits = 72;

    /// <summary>The longest length gpsd accepts: four acknowledgements.</summary>
    public const int MaxBits = 168;

    /// <summary>How many whole acknowledgements the message carries (1..4).</summary>
    public int AcknowledgementCount => Math.Min(4, (BitLength - 40) / 32);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out BinaryAcknowledge message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new BinaryAcknowledge(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            Mmsi1: bits.UInt(40, 30),
            Sequence1: (int)bits.UInt(70, 2),
            Mmsi2: bits.UInt(72, 30),
            Sequence2: (int)bits.UInt(102, 2),
            Mmsi3: bits.UInt(104, 30),
            Sequence3: (int)bits.UInt(134, 2),
            Mmsi4: bits.UInt(136, 30),
            Sequence4: (int)bits.UInt(166, 2),
            BitLength: bits.BitLength);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        ClippedFields.UInt(writer, BitLength, 40, 30, Mmsi1);
        ClippedFields.UInt(writer, BitLength, 70, 2, (uint)Sequence1);
        ClippedFields.UInt(writer, BitLength, 72, 30, Mmsi2);
        ClippedFields.UInt(writer, BitLength, 102, 2, (uint)Sequence2);
        ClippedFields.UInt(writer, BitLength, 104, 30, Mmsi3);
        ClippedFields.UInt(writer, BitLength, 134, 2, (uint)Sequence3);
        ClippedFields.UInt(writer, BitLength, 136, 30, Mmsi4);
        ClippedFields.UInt(writer, BitLength, 166, 2, (uint)Sequence4);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // gpsd prints the four MMSIs and not the sequence numbers.
        writer.Field("mmsi1"u8, Mmsi1);
        writer.Field("mmsi2"u8, Mmsi2);
        writer.Field("mmsi3"u8, Mmsi3);
        writer.Field("mmsi4"u8, Mmsi4);
    }
}
