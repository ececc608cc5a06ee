using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 25: single-slot binary message, optionally addressed (destination MMSI) and optionally structured (16-bit
/// application identifier). ITU-R M.1371-5 table 76; names after gpsd.
/// </summary>
/// <param name="MessageType">25.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Addressed">True when a destination MMSI follows the flags.</param>
/// <param name="Structured">True when a 16-bit application identifier precedes the data.</param>
/// <param name="DestinationMmsi">Destination MMSI (0 when not addressed).</param>
/// <param name="ApplicationId">Application identifier: DAC (10 bits) and function identifier (6 bits); 0 when unstructured.</param>
/// <param name="Data">The binary data after the header.</param>
public readonly record struct SingleSlotBinaryMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    bool Addressed,
    bool Structured,
    uint DestinationMmsi,
    int ApplicationId,
    AisBinaryData Data) : IAisMessage<SingleSlotBinaryMessage>
{
    /// <summary>The shortest length gpsd accepts (no destination, no application id, no data).</summary>
    public const int MinBits = 40;

    /// <summary>The longest length gpsd accepts: one slot.</summary>
    public const int MaxBits = 168;

    /// <summary>Where the data starts: after the flags, the destination and the application identifier present.</summary>
    public int DataOffset => HeaderBits(Addressed, Structured);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out SingleSlotBinaryMessage message)
    {
        message = default;
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        bool addressed = bits.Bool(38);
        bool structured = bits.Bool(39);
        int dataOffset = HeaderBits(addressed, structured);
        // gpsd rejects a message too short for the header its flags announce.
        if (bits.BitLength < dataOffset)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        message = new SingleSlotBinaryMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Addressed: addressed,
            Structured: structured,
            DestinationMmsi: addressed ? bits.UInt(40, 30) : 0,
            ApplicationId: structured ? (int)bits.UInt(addressed ? 70 : 40, 16) : 0,
            Data: AisBinaryData.Read(bits, dataOffset, bits.BitLength - dataOffset));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.Bool(38, Addressed);
        writer.Bool(39, Structured);
        if (Addressed)
        {
            writer.UInt(40, 30, DestinationMmsi);
        }
        if (Structured)
        {
            writer.UInt(Addressed ? 70 : 40, 16, (uint)ApplicationId);
        }
        Data.Write(writer, DataOffset);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("addressed"u8, Addressed);
        writer.Field("structured"u8, Structured);
        writer.Field("dest_mmsi"u8, DestinationMmsi);
        writer.Field("app_id"u8, ApplicationId);
        writer.FieldData("data"u8, Data.BitCount, Data.Bytes);
    }

    /// <summary>The header length for the given flags: 40 bits, +30 for a destination, +16 for an application id.</summary>
    internal static int HeaderBits(bool addressed, bool structured) => 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
}
