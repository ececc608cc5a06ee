using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 16: assigned mode command, giving one or two stations a reporting schedule (slot offset and increment).
/// ITU-R M.1371-5 table 64; names after gpsd.
/// </summary>
/// <remarks>
/// 96 bits carry one assignment, 144 bits two. gpsd accepts 96..168 bits and reads the second assignment only from
/// 144 bits on; below that it reports zeros, and so does this record (the bits after the first assignment are kept in
/// <see cref="Tail"/>).
/// </remarks>
/// <param name="MessageType">16.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="Mmsi1">MMSI of the first assigned station.</param>
/// <param name="Offset1">Slot offset of the first assignment.</param>
/// <param name="Increment1">Slot increment of the first assignment.</param>
/// <param name="Mmsi2">MMSI of the second assigned station (0 without a second assignment).</param>
/// <param name="Offset2">Slot offset of the second assignment.</param>
/// <param name="Increment2">Slot increment of the second assignment.</param>
/// <param name="HasSecondAssignment">True when the message is long enough (144 bits) to carry a second assignment.</param>
/// <param name="Tail">Bits after the last assignment (the spare bits), kept so encoding gives them back.</param>
public readonly record struct AssignmentModeCommand(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    uint Mmsi1,
    int Offset1,
    int Increment1,
    uint Mmsi2,
    int Offset2,
    int Increment2,
    bool HasSecondAssignment,
    AisBinaryData Tail) : IAisMessage<AssignmentModeCommand>
{
    /// <summary>The shortest length gpsd accepts: one assignment.</summary>
    public const int MinBits = 96;

    /// <summary>The length from which gpsd reads a second assignment.</summary>
    public const int TwoAssignmentBits = 144;

    /// <summary>The longest length gpsd accepts.</summary>
    public const int MaxBits = 168;

    private const int FirstEnd = 92;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out AssignmentModeCommand message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        bool second = bits.BitLength >= TwoAssignmentBits;
        int tailStart = second ? TwoAssignmentBits : FirstEnd;
        message = new AssignmentModeCommand(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            Mmsi1: bits.UInt(40, 30),
            Offset1: (int)bits.UInt(70, 12),
            Increment1: (int)bits.UInt(82, 10),
            Mmsi2: second ? bits.UInt(92, 30) : 0,
            Offset2: second ? (int)bits.UInt(122, 12) : 0,
            Increment2: second ? (int)bits.UInt(134, 10) : 0,
            HasSecondAssignment: second,
            Tail: AisBinaryData.Read(bits, tailStart, bits.BitLength - tailStart));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.UInt(40, 30, Mmsi1);
        writer.UInt(70, 12, (uint)Offset1);
        writer.UInt(82, 10, (uint)Increment1);
        if (HasSecondAssignment)
        {
            writer.UInt(92, 30, Mmsi2);
            writer.UInt(122, 12, (uint)Offset2);
            writer.UInt(134, 10, (uint)Increment2);
        }
        Tail.Write(writer, HasSecondAssignment ? TwoAssignmentBits : FirstEnd);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("mmsi1"u8, Mmsi1);
        writer.Field("offset1"u8, Offset1);
        writer.Field("increment1"u8, Increment1);
        writer.Field("mmsi2"u8, Mmsi2);
        writer.Field("offset2"u8, Offset2);
        writer.Field("increment2"u8, Increment2);
    }
}
