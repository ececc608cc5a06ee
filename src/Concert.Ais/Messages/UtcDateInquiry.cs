using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 10: UTC and date inquiry, asking one station to answer with a type 11 UTC/date response.
/// ITU-R M.1371-5 table 59; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">10.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="DestinationMmsi">MMSI of the station asked for the time.</param>
/// <param name="Spare2">Bits 70–71, spare.</param>
/// <param name="Tail">Bits past the standard 72, which gpsd accepts and ignores; kept so encoding gives them back.</param>
public readonly record struct UtcDateInquiry(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    uint DestinationMmsi,
    int Spare2,
    AisBinaryData Tail) : IAisMessage<UtcDateInquiry>
{
    /// <summary>The standard length in bits; gpsd accepts any longer message too.</summary>
    public const int Bits = 72;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out UtcDateInquiry message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new UtcDateInquiry(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            DestinationMmsi: bits.UInt(40, 30),
            Spare2: (int)bits.UInt(70, 2),
            Tail: AisBinaryData.Read(bits, Bits, bits.BitLength - Bits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.UInt(40, 30, DestinationMmsi);
        writer.UInt(70, 2, (uint)Spare2);
        Tail.Write(writer, Bits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("dest_mmsi"u8, DestinationMmsi);
    }
}
