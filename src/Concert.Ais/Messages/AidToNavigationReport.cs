using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 21: an aid-to-navigation report (buoy, beacon, light, virtual mark), with the optional name extension that
/// carries characters 21..34 of a long name. ITU-R M.1371-5 table 70; field names after gpsd's AIVDM description.
/// </summary>
/// <remarks>
/// gpsd 3.22 stores the joined name in a 35-byte buffer: a name of 35 characters or more overruns it into the next
/// fields, so gpsdecode then prints <c>accuracy</c> (and, at 36 characters, <c>lon</c>) corrupted. This record keeps
/// the transmitted values.
/// </remarks>
/// <param name="MessageType">Always 21.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">The aid's MMSI (99xxxxxxx).</param>
/// <param name="AidType">Type of aid to navigation (0 = not specified, 1..31 per table 71).</param>
/// <param name="Name">
/// The 20-character name field up to its first '@' padding, trailing spaces kept: gpsd joins the extension to the field
/// as transmitted when it is full, so spaces before the extension are part of the name.
/// </param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = not available).</param>
/// <param name="Dimensions">Dimensions of the aid from its reference point.</param>
/// <param name="Epfd">Type of electronic position fixing device (0 = undefined).</param>
/// <param name="Second">UTC second of the report (60 = not available, 61..63 = positioning system state).</param>
/// <param name="OffPosition">True when a floating aid is off its charted position (valid only when second is 0..59).</param>
/// <param name="Regional">Eight bits reserved for regional applications.</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="VirtualAid">True for a virtual aid (no physical structure).</param>
/// <param name="Assigned">Assigned-mode flag.</param>
/// <param name="Spare">The spare bit before the extension.</param>
/// <param name="NameExtension">
/// More name characters, trimmed: ITU-R M.1371 defines up to 14, gpsd reads as many as the bits hold (up to 16).
/// </param>
/// <param name="ExtensionBits">
/// Bits after the fixed part (0..96): the name extension and its padding; encoding writes the extension in this many bits.
/// </param>
public readonly record struct AidToNavigationReport(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int AidType,
    string Name,
    bool Accuracy,
    int LongitudeRaw,
    int LatitudeRaw,
    ShipDimensions Dimensions,
    int Epfd,
    int Second,
    bool OffPosition,
    int Regional,
    bool Raim,
    bool VirtualAid,
    bool Assigned,
    bool Spare,
    string NameExtension,
    int ExtensionBits) : IAisMessage<AidToNavigationReport>, IAisPositionReport
{
    /// <summary>The length of a type 21 message without name extension, in bits.</summary>
    public const int MinimumBits = 272;

    /// <summary>The longest type 21 message gpsd accepts (14 extension characters and padding), in bits.</summary>
    public const int MaximumBits = 368;

    private const int NameCharacters = 20;
    private const int ExtensionCharacters = (MaximumBits - MinimumBits) / 6;

    /// <summary>
    /// The full name as gpsd prints it: the extension is appended only when the 20-character field is full, and trailing
    /// spaces are then trimmed.
    /// </summary>
    public string FullName =>
        (Name.Length == NameCharacters && ExtensionBits > 0 ? Name + NameExtension : Name).TrimEnd(' ');

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Always null: an aid to navigation reports no speed.</summary>
    public double? SpeedKnots => null;

    /// <summary>Always null: an aid to navigation reports no course.</summary>
    public double? CourseDegrees => null;

    /// <summary>Always null: an aid to navigation reports no heading.</summary>
    public int? HeadingDegrees => null;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out AidToNavigationReport message)
    {
        if (bits.BitLength is < MinimumBits or > MaximumBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new AidToNavigationReport(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            AidType: (int)bits.UInt(38, 5),
            Name: ReadNameField(bits),
            Accuracy: bits.Bool(163),
            LongitudeRaw: bits.Int(164, 28),
            LatitudeRaw: bits.Int(192, 27),
            Dimensions: ShipDimensions.Read(bits, 219),
            Epfd: (int)bits.UInt(249, 4),
            Second: (int)bits.UInt(253, 6),
            OffPosition: bits.Bool(259),
            Regional: (int)bits.UInt(260, 8),
            Raim: bits.Bool(268),
            VirtualAid: bits.Bool(269),
            Assigned: bits.Bool(270),
            Spare: bits.Bool(271),
            NameExtension: bits.Text(MinimumBits, ExtensionCharacters),
            ExtensionBits: bits.BitLength - MinimumBits);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 5, (uint)AidType);
        writer.Text(43, NameCharacters, Name);
        writer.Bool(163, Accuracy);
        writer.Int(164, 28, LongitudeRaw);
        writer.Int(192, 27, LatitudeRaw);
        Dimensions.Write(writer, 219);
        writer.UInt(249, 4, (uint)Epfd);
        writer.UInt(253, 6, (uint)Second);
        writer.Bool(259, OffPosition);
        writer.UInt(260, 8, (uint)Regional);
        writer.Bool(268, Raim);
        writer.Bool(269, VirtualAid);
        writer.Bool(270, Assigned);
        writer.Bool(271, Spare);
        int characters = ExtensionBits / 6;
        writer.Text(MinimumBits, characters, NameExtension);
        int padding = ExtensionBits % 6;
        if (padding > 0)
        {
            writer.UInt(MinimumBits + 6 * characters, padding, 0);
        }
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("aid_type"u8, AidType);
        writer.FieldLiteral("aid_type_text"u8, GpsdTexts.AidType(AidType));
        writer.Field("name"u8, FullName);
        // gpsd's scaled and unscaled formats order these three fields differently.
        if (writer.Scaled)
        {
            GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
            writer.Field("accuracy"u8, Accuracy);
        }
        else
        {
            writer.Field("accuracy"u8, Accuracy);
            GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        }
        Dimensions.WriteGpsd(writer);
        writer.Field("epfd"u8, Epfd);
        writer.FieldLiteral("epfd_text"u8, GpsdTexts.FixingDevice(Epfd));
        writer.Field("second"u8, Second);
        writer.Field("regional"u8, Regional);
        writer.Field("off_position"u8, OffPosition);
        writer.Field("raim"u8, Raim);
        writer.Field("virtual_aid"u8, VirtualAid);
    }

    // The name field up to its first '@', with the trailing spaces that the trimmed text read drops put back.
    private static string ReadNameField(in AisBitReader bits)
    {
        string trimmed = bits.FixedText(43, NameCharacters);
        int end = trimmed.Length;
        while (end < NameCharacters && bits.UInt(43 + 6 * end, 6) == ' ')
        {
            end++;
        }
        return end == trimmed.Length ? trimmed : trimmed.PadRight(end);
    }
}
