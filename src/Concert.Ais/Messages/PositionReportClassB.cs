using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 18: the standard class B position report. ITU-R M.1371-5 table 66; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">Always 18.</param>
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
/// <param name="Regional">Two bits reserved for regional applications.</param>
/// <param name="CarrierSense">Class B unit flag: true = carrier-sense (CS) unit, false = SOTDMA unit (gpsd's <c>cs</c>).</param>
/// <param name="Display">True when the unit has a display for messages 12 and 14.</param>
/// <param name="Dsc">True when the unit has a DSC function.</param>
/// <param name="Band">True when the unit can use the whole marine band.</param>
/// <param name="Msg22">True when the unit accepts frequency management by message 22.</param>
/// <param name="Assigned">Assigned-mode flag.</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Radio">Communication state (20 bits).</param>
public readonly record struct PositionReportClassB(
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
    bool CarrierSense,
    bool Display,
    bool Dsc,
    bool Band,
    bool Msg22,
    bool Assigned,
    bool Raim,
    int Radio) : IAisMessage<PositionReportClassB>, IAisPositionReport
{
    /// <summary>The length of a type 18 message in bits; gpsd accepts longer ones and ignores the excess.</summary>
    public const int Bits = 168;

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
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out PositionReportClassB message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new PositionReportClassB(
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
            Regional: (int)bits.UInt(139, 2),
            CarrierSense: bits.Bool(141),
            Display: bits.Bool(142),
            Dsc: bits.Bool(143),
            Band: bits.Bool(144),
            Msg22: bits.Bool(145),
            Assigned: bits.Bool(146),
            Raim: bits.Bool(147),
            Radio: (int)bits.UInt(148, 20));
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
        writer.UInt(139, 2, (uint)Regional);
        writer.Bool(141, CarrierSense);
        writer.Bool(142, Display);
        writer.Bool(143, Dsc);
        writer.Bool(144, Band);
        writer.Bool(145, Msg22);
        writer.Bool(146, Assigned);
        writer.Bool(147, Raim);
        writer.UInt(148, 20, (uint)Radio);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("reserved"u8, Reserved);
        // Unlike types 1-3, gpsd prints a type 18 speed as a plain number even when it is "not available" (102.3).
        GpsdScaledFields.Tenths(writer, "speed"u8, SpeedRaw);
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        GpsdScaledFields.Tenths(writer, "course"u8, CourseRaw);
        writer.Field("heading"u8, HeadingRaw);
        writer.Field("second"u8, Second);
        writer.Field("regional"u8, Regional);
        writer.Field("cs"u8, CarrierSense);
        writer.Field("display"u8, Display);
        writer.Field("dsc"u8, Dsc);
        writer.Field("band"u8, Band);
        writer.Field("msg22"u8, Msg22);
        writer.Field("raim"u8, Raim);
        writer.Field("radio"u8, Radio);
    }
}
