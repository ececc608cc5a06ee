using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 19: the extended class B position report, a type 18 report with the ship's name, type and dimensions.
/// ITU-R M.1371-5 table 67; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">Always 19.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Reserved">Eight bits reserved for regional applications.</param>
/// <param name="SpeedRaw">Speed over ground in 1/10 knot (1023 = not available, 1022 = 102.2 knots or more).</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = not available).</param>
/// <param name="CourseRaw">Course over ground in 1/10 degree (3600 = not available).</param>
/// <param name="HeadingRaw">True heading in degrees (511 = not available).</param>
/// <param name="Second">UTC second of the report (60 = not available).</param>
/// <param name="Regional">Four bits reserved for regional applications.</param>
/// <param name="ShipName">Ship name, up to 20 characters.</param>
/// <param name="ShipType">Type of ship and cargo (0 = not available).</param>
/// <param name="Dimensions">Distances from the position reference point.</param>
/// <param name="Epfd">Type of electronic position fixing device (0 = undefined).</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Dte">Data terminal equipment flag: false = ready.</param>
/// <param name="Assigned">Assigned-mode flag.</param>
/// <param name="Spare">The four spare bits.</param>
public readonly record struct ExtendedPositionReportClassB(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Reserved,
    int SpeedRaw,
    bool Accuracy,
    int LongitudeRaw,
    int LatitudeRaw,
    int CourseRaw,
    int HeadingRaw,
    int Second,
    int Regional,
    string ShipName,
    int ShipType,
    ShipDimensions Dimensions,
    int Epfd,
    bool Raim,
    bool Dte,
    bool Assigned,
    int Spare) : IAisMessage<ExtendedPositionReportClassB>, IAisPositionReport
{
    /// <summary>The length of a type 19 message in bits; gpsd accepts longer ones and ignores the excess.</summary>
    public const int Bits = 312;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Speed over ground in knots, or null when not available (1023).</summary>
    public double? SpeedKnots => NavigationUnits.SpeedKnots(SpeedRaw);

    /// <summary>Course over ground in degrees, or null when not available (3600 and above).</summary>
    public double? CourseDegrees => NavigationUnits.CourseDegrees(CourseRaw);

    /// <summary>True heading in degrees, or null when not available (511).</summary>
    public int? HeadingDegrees => NavigationUnits.HeadingDegrees(HeadingRaw);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out ExtendedPositionReportClassB message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new ExtendedPositionReportClassB(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Reserved: (int)bits.UInt(38, 8),
            SpeedRaw: (int)bits.UInt(46, 10),
            Accuracy: bits.Bool(56),
            LongitudeRaw: bits.Int(57, 28),
            LatitudeRaw: bits.Int(85, 27),
            CourseRaw: (int)bits.UInt(112, 12),
            HeadingRaw: (int)bits.UInt(124, 9),
            Second: (int)bits.UInt(133, 6),
            Regional: (int)bits.UInt(139, 4),
            ShipName: bits.FixedText(143, 20),
            ShipType: (int)bits.UInt(263, 8),
            Dimensions: ShipDimensions.Read(bits, 271),
            Epfd: (int)bits.UInt(301, 4),
            Raim: bits.Bool(305),
            Dte: bits.Bool(306),
            Assigned: bits.Bool(307),
            Spare: (int)bits.UInt(308, 4));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 8, (uint)Reserved);
        writer.UInt(46, 10, (uint)SpeedRaw);
        writer.Bool(56, Accuracy);
        writer.Int(57, 28, LongitudeRaw);
        writer.Int(85, 27, LatitudeRaw);
        writer.UInt(112, 12, (uint)CourseRaw);
        writer.UInt(124, 9, (uint)HeadingRaw);
        writer.UInt(133, 6, (uint)Second);
        writer.UInt(139, 4, (uint)Regional);
        writer.Text(143, 20, ShipName);
        writer.UInt(263, 8, (uint)ShipType);
        Dimensions.Write(writer, 271);
        writer.UInt(301, 4, (uint)Epfd);
        writer.Bool(305, Raim);
        writer.Bool(306, Dte);
        writer.Bool(307, Assigned);
        writer.UInt(308, 4, (uint)Spare);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("reserved"u8, Reserved);
        GpsdScaledFields.Tenths(writer, "speed"u8, SpeedRaw);
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        GpsdScaledFields.Tenths(writer, "course"u8, CourseRaw);
        writer.Field("heading"u8, HeadingRaw);
        writer.Field("second"u8, Second);
        writer.Field("regional"u8, Regional);
        writer.Field("shipname"u8, ShipName);
        writer.Field("shiptype"u8, ShipType);
        writer.FieldLiteral("shiptype_text"u8, GpsdTexts.ShipType(ShipType));
        Dimensions.WriteGpsd(writer);
        writer.Field("epfd"u8, Epfd);
        writer.FieldLiteral("epfd_text"u8, GpsdTexts.FixingDevice(Epfd));
        writer.Field("raim"u8, Raim);
        writer.Field("dte"u8, Dte ? 1 : 0);
        writer.Field("assigned"u8, Assigned);
    }
}
