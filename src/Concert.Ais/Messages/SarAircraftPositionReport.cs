using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 9: the position report of a search-and-rescue aircraft. ITU-R M.1371-5 table 56; field names after gpsd's
/// AIVDM description.
/// </summary>
/// <param name="MessageType">Always 9.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="AltitudeRaw">Altitude in metres (4095 = not available, 4094 = 4094 m or higher).</param>
/// <param name="SpeedRaw">Speed over ground in whole knots (1023 = not available, 1022 = 1022 knots or more).</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = not available).</param>
/// <param name="CourseRaw">Course over ground in 1/10 degree (3600 = not available).</param>
/// <param name="Second">UTC second of the report (60 = not available).</param>
/// <param name="Regional">Altitude sensor flag and regional reserve (8 bits).</param>
/// <param name="Dte">Data terminal equipment flag: false = ready.</param>
/// <param name="Spare">The three spare bits.</param>
/// <param name="Assigned">Assigned-mode flag.</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Radio">Communication state (20 bits).</param>
public readonly record struct SarAircraftPositionReport(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int AltitudeRaw,
    int SpeedRaw,
    bool Accuracy,
    int LongitudeRaw,
    int LatitudeRaw,
    int CourseRaw,
    int Second,
    int Regional,
    bool Dte,
    int Spare,
    bool Assigned,
    bool Raim,
    int Radio) : IAisMessage<SarAircraftPositionReport>, IAisPositionReport
{
    /// <summary>The length of a type 9 message in bits; gpsd accepts longer ones and ignores the excess.</summary>
    public const int Bits = 168;

    /// <summary>Altitude in metres (4094 meaning 4094 or higher), or null when not available (4095).</summary>
    public int? AltitudeMeters => AltitudeRaw == 4095 ? null : AltitudeRaw;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Speed over ground in knots, or null when not available (1023).</summary>
    public double? SpeedKnots => SpeedRaw == 1023 ? null : SpeedRaw;

    /// <summary>Course over ground in degrees, or null when not available (3600 and above).</summary>
    public double? CourseDegrees => NavigationUnits.CourseDegrees(CourseRaw);

    /// <summary>Always null: the SAR aircraft report carries no heading.</summary>
    public int? HeadingDegrees => null;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out SarAircraftPositionReport message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new SarAircraftPositionReport(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            AltitudeRaw: (int)bits.UInt(38, 12),
            SpeedRaw: (int)bits.UInt(50, 10),
            Accuracy: bits.Bool(60),
            LongitudeRaw: bits.Int(61, 28),
            LatitudeRaw: bits.Int(89, 27),
            CourseRaw: (int)bits.UInt(116, 12),
            Second: (int)bits.UInt(128, 6),
            Regional: (int)bits.UInt(134, 8),
            Dte: bits.Bool(142),
            Spare: (int)bits.UInt(143, 3),
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
        writer.UInt(38, 12, (uint)AltitudeRaw);
        writer.UInt(50, 10, (uint)SpeedRaw);
        writer.Bool(60, Accuracy);
        writer.Int(61, 28, LongitudeRaw);
        writer.Int(89, 27, LatitudeRaw);
        writer.UInt(116, 12, (uint)CourseRaw);
        writer.UInt(128, 6, (uint)Second);
        writer.UInt(134, 8, (uint)Regional);
        writer.Bool(142, Dte);
        writer.UInt(143, 3, (uint)Spare);
        writer.Bool(146, Assigned);
        writer.Bool(147, Raim);
        writer.UInt(148, 20, (uint)Radio);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer.Scaled)
        {
            WriteScaledWithSentinels(writer, "alt"u8, AltitudeRaw, 4095, 4094, "high"u8);
            WriteScaledWithSentinels(writer, "speed"u8, SpeedRaw, 1023, 1022, "fast"u8);
        }
        else
        {
            writer.Field("alt"u8, AltitudeRaw);
            writer.Field("speed"u8, SpeedRaw);
        }
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        GpsdScaledFields.Tenths(writer, "course"u8, CourseRaw);
        writer.Field("second"u8, Second);
        writer.Field("regional"u8, Regional);
        writer.Field("dte"u8, Dte ? 1 : 0);
        writer.Field("raim"u8, Raim);
        writer.Field("radio"u8, Radio);
    }

    // gpsd prints the "not available" and "at or above the ceiling" codes as the strings "nan" and "high"/"fast".
    private static void WriteScaledWithSentinels(
        GpsdJsonWriter writer, ReadOnlySpan<byte> name, int raw, int notAvailable, int ceiling, ReadOnlySpan<byte> ceilingText)
    {
        if (raw == notAvailable)
        {
            writer.FieldLiteral(name, "nan"u8);
        }
        else if (raw == ceiling)
        {
            writer.FieldLiteral(name, ceilingText);
        }
        else
        {
            writer.Field(name, raw);
        }
    }
}
