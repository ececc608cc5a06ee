using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 24 part A: a class B unit's name. ITU-R M.1371-5 table 74. gpsdecode <c>-s</c> prints it as its own object
/// with <c>"part":"A"</c>.
/// </summary>
/// <param name="MessageType">Always 24.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="ShipName">Ship name, up to 20 characters.</param>
/// <param name="Spare">The spare bits after the name (their count is <paramref name="SpareBits"/>).</param>
/// <param name="SpareBits">How many spare bits the message carried: 8 in a 168-bit message, 0 in the 160-bit form.</param>
public readonly record struct StaticDataReportPartA(
    int MessageType,
    int Repeat,
    uint Mmsi,
    string ShipName,
    int Spare,
    int SpareBits) : IAisMessage<StaticDataReportPartA>
{
    /// <summary>The part number in bits 38–39 that marks part A.</summary>
    public const int PartNumber = 0;

    /// <summary>The shortest part A gpsd accepts (no spare bits), in bits.</summary>
    public const int MinimumBits = 160;

    /// <summary>The longest part A gpsd accepts (eight spare bits), in bits.</summary>
    public const int MaximumBits = 168;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out StaticDataReportPartA message)
    {
        message = default;
        if (bits.UInt(38, 2) != PartNumber)
        {
            return AisDecodeStatus.UnknownType;
        }
        if (bits.BitLength is < MinimumBits or > MaximumBits)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        int spareBits = bits.BitLength - MinimumBits;
        message = new StaticDataReportPartA(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            ShipName: bits.FixedText(40, 20),
            Spare: spareBits == 0 ? 0 : (int)bits.UInt(MinimumBits, spareBits),
            SpareBits: spareBits);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, PartNumber);
        writer.Text(40, 20, ShipName);
        if (SpareBits > 0)
        {
            writer.UInt(MinimumBits, SpareBits, (uint)Spare);
        }
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.FieldLiteral("part"u8, "A"u8);
        writer.Field("shipname"u8, ShipName);
    }
}
