using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 24 part B: a class B unit's ship type, vendor, call sign and dimensions, or for an auxiliary craft (MMSI
/// 98xxxxxxx) the MMSI of its mother ship in place of the dimensions. ITU-R M.1371-5 table 75. gpsdecode <c>-s</c>
/// prints it as its own object with <c>"part":"B"</c> unless it has seen part A from the same MMSI just before.
/// </summary>
/// <param name="MessageType">Always 24.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="ShipType">Type of ship and cargo (0 = not available).</param>
/// <param name="ManufacturerRaw">The three six-bit characters of the manufacturer's id (18 bits, kept raw).</param>
/// <param name="Model">Unit model code (4 bits).</param>
/// <param name="Serial">Unit serial number (20 bits).</param>
/// <param name="CallSign">Call sign, up to 7 characters.</param>
/// <param name="Dimensions">
/// Distances from the reference point; for an auxiliary craft these 30 bits carry <see cref="MothershipMmsi"/> instead.
/// </param>
/// <param name="Spare">The six spare bits.</param>
public readonly record struct StaticDataReportPartB(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int ShipType,
    int ManufacturerRaw,
    int Model,
    int Serial,
    string CallSign,
    ShipDimensions Dimensions,
    int Spare) : IAisMessage<StaticDataReportPartB>
{
    /// <summary>The part number in bits 38–39 that marks part B.</summary>
    public const int PartNumber = 1;

    /// <summary>The length of a part B in bits; gpsd accepts longer ones and ignores the excess.</summary>
    public const int Bits = 168;

    private const int VendorCharacters = 7;

    /// <summary>True when the MMSI is an auxiliary craft's (98xxxxxxx), whose part B names its mother ship.</summary>
    public bool IsAuxiliaryCraft => Mmsi / 10_000_000 == 98;

    /// <summary>The mother ship's MMSI for an auxiliary craft, else null.</summary>
    public uint? MothershipMmsi => IsAuxiliaryCraft
        ? (uint)(Dimensions.ToBow << 21 | Dimensions.ToStern << 12 | Dimensions.ToPort << 6 | Dimensions.ToStarboard)
        : null;

    /// <summary>The manufacturer's id (ITU-R M.1371-4 onwards), trimmed like other AIS text.</summary>
    public string Manufacturer => SixBitChars(ManufacturerRaw, 3);

    /// <summary>
    /// gpsd's <c>vendorid</c>: the seven characters that filled these bits before ITU-R M.1371-4 split them into
    /// manufacturer, model and serial. gpsd still prints them this way, so the text carries model and serial bits.
    /// </summary>
    public string VendorId => SixBitChars((long)ManufacturerRaw << 24 | (long)Model << 20 | (uint)Serial, VendorCharacters);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out StaticDataReportPartB message)
    {
        message = default;
        if (bits.UInt(38, 2) != PartNumber)
        {
            return AisDecodeStatus.UnknownType;
        }
        if (bits.BitLength < Bits)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        message = new StaticDataReportPartB(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            ShipType: (int)bits.UInt(40, 8),
            ManufacturerRaw: (int)bits.UInt(48, 18),
            Model: (int)bits.UInt(66, 4),
            Serial: (int)bits.UInt(70, 20),
            CallSign: bits.FixedText(90, 7),
            Dimensions: ShipDimensions.Read(bits, 132),
            Spare: (int)bits.UInt(162, 6));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, PartNumber);
        writer.UInt(40, 8, (uint)ShipType);
        writer.UInt(48, 18, (uint)ManufacturerRaw);
        writer.UInt(66, 4, (uint)Model);
        writer.UInt(70, 20, (uint)Serial);
        writer.Text(90, 7, CallSign);
        Dimensions.Write(writer, 132);
        writer.UInt(162, 6, (uint)Spare);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.FieldLiteral("part"u8, "B"u8);
        WriteGpsdFields(writer);
    }

    /// <summary>
    /// Writes the part B fields without the <c>part</c> marker: what gpsd appends after <c>shipname</c> when it joins a
    /// part B to the part A it saw before from the same MMSI.
    /// </summary>
    public void WriteGpsdFields(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("shiptype"u8, ShipType);
        writer.FieldLiteral("shiptype_text"u8, GpsdTexts.ShipType(ShipType));
        writer.Field("vendorid"u8, VendorId);
        writer.Field("model"u8, Model);
        writer.Field("serial"u8, Serial);
        writer.Field("callsign"u8, CallSign);
        if (MothershipMmsi is uint mothership)
        {
            writer.Field("mothership_mmsi"u8, mothership);
        }
        else
        {
            Dimensions.WriteGpsd(writer);
        }
    }

    // Six-bit characters packed most significant first, shown as gpsd shows text.
    private static string SixBitChars(long packed, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (int i = 0; i < count; i++)
        {
            chars[i] = SixBitText.ToChar((int)(packed >> (6 * (count - 1 - i))) & 0x3F);
        }
        return new string(chars[..SixBitText.TrimmedLength(chars)]);
    }
}
