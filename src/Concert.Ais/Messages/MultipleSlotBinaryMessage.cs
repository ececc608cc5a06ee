using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 26: multiple-slot binary message with communication state, optionally addressed and optionally structured.
/// ITU-R M.1371-5 table 77; names after gpsd.
/// </summary>
/// <param name="MessageType">26.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Addressed">True when a destination MMSI follows the flags.</param>
/// <param name="Structured">True when a 16-bit application identifier precedes the data.</param>
/// <param name="DestinationMmsi">Destination MMSI (0 when not addressed).</param>
/// <param name="ApplicationId">Application identifier (0 when unstructured).</param>
/// <param name="Data">The binary data between the header and the communication state.</param>
/// <param name="Radio">Communication state, the last 20 bits of the message.</param>
public readonly record struct MultipleSlotBinaryMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    bool Addressed,
    bool Structured,
    uint DestinationMmsi,
    int ApplicationId,
    AisBinaryData Data,
    int Radio) : IAisMessage<MultipleSlotBinaryMessage>
{
    /// <summary>
    /// How many bits after the data gpsd shows in the last hex byte. gpsd dumps whole bytes of a buffer it copied from the
    /// message, so a partial last byte goes on with the communication state; when addressed it copies 30 bits more
    /// (the destination) rounded up to a byte and shifts them out, and whatever the copy did not reach shows as zero.
    /// </summary>
    internal static int GpsdFollowingBits(bool addressed, int dataBits)
    {
        int used = dataBits % 8;
        if (used == 0)
        {
            return 0;
        }
        int copiedAfterData = addressed ? (dataBits + 30 + 7) / 8 * 8 - 30 - dataBits : 8 - used;
        return Math.Min(8 - used, copiedAfterData);
    }

    /// <summary>The shortest length gpsd accepts (flags and communication state only).</summary>
    public const int MinBits = 60;

    /// <summary>The longest length gpsd accepts.</summary>
    public const int MaxBits = 1004;

    private const int RadioBits = 20;

    /// <summary>Where the data starts: after the flags, the destination and the application identifier present.</summary>
    public int DataOffset => SingleSlotBinaryMessage.HeaderBits(Addressed, Structured);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out MultipleSlotBinaryMessage message)
    {
        message = default;
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        bool addressed = bits.Bool(38);
        bool structured = bits.Bool(39);
        int dataOffset = SingleSlotBinaryMessage.HeaderBits(addressed, structured);
        // gpsd rejects a message too short for the header its flags announce plus the communication state.
        if (bits.BitLength < dataOffset + RadioBits)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        int radioOffset = bits.BitLength - RadioBits;
        message = new MultipleSlotBinaryMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Addressed: addressed,
            Structured: structured,
            DestinationMmsi: addressed ? bits.UInt(40, 30) : 0,
            ApplicationId: structured ? (int)bits.UInt(addressed ? 70 : 40, 16) : 0,
            Data: AisBinaryData.Read(bits, dataOffset, radioOffset - dataOffset),
            Radio: (int)bits.UInt(radioOffset, RadioBits));
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
        writer.UInt(DataOffset + Data.BitCount, RadioBits, (uint)Radio);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("addressed"u8, Addressed);
        writer.Field("structured"u8, Structured);
        writer.Field("dest_mmsi"u8, DestinationMmsi);
        writer.Field("app_id"u8, ApplicationId);
        Span<byte> bytes = stackalloc byte[(Data.BitCount + 7) / 8];
        Data.Bytes.CopyTo(bytes);
        int following = GpsdFollowingBits(Addressed, Data.BitCount);
        if (following > 0)
        {
            int used = Data.BitCount % 8;
            uint radioLead = (uint)Radio >> (RadioBits - following);
            bytes[^1] |= (byte)(radioLead << (8 - used - following));
        }
        writer.FieldData("data"u8, Data.BitCount, bytes);
        // gpsd 3.22 never decodes the communication state of type 26 and always prints 0.
        writer.Field("radio"u8, 0);
    }
}
