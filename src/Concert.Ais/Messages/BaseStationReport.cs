using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 4 (base station report) and type 11 (UTC/date response from a mobile station): the sender's UTC date and time
/// and position. ITU-R M.1371-5 table 49; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">4 or 11.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Year">UTC year, 1..9999 (0 = not available).</param>
/// <param name="Month">UTC month, 1..12 (0 = not available).</param>
/// <param name="Day">UTC day, 1..31 (0 = not available).</param>
/// <param name="Hour">UTC hour, 0..23 (24 = not available).</param>
/// <param name="Minute">UTC minute, 0..59 (60 = not available).</param>
/// <param name="Second">UTC second, 0..59 (60 = not available).</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = not available).</param>
/// <param name="Epfd">Type of electronic position fixing device (0 = undefined, 7 = surveyed).</param>
/// <param name="Spare">The ten spare bits, kept so encoding returns the same bits.</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Radio">Communication state (19 bits).</param>
public readonly record struct BaseStationReport(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Year,
    int Month,
    int Day,
    int Hour,
    int Minute,
    int Second,
    bool Accuracy,
    int LongitudeRaw,
    int LatitudeRaw,
    int Epfd,
    int Spare,
    bool Raim,
    int Radio) : IAisMessage<BaseStationReport>, IAisPositionReport
{
    /// <summary>The length of a type 4 or 11 message in bits; gpsd accepts longer ones and ignores the excess.</summary>
    public const int Bits = 168;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Always null: a base station report carries no speed.</summary>
    public double? SpeedKnots => null;

    /// <summary>Always null: a base station report carries no course.</summary>
    public double? CourseDegrees => null;

    /// <summary>Always null: a base station report carries no heading.</summary>
    public int? HeadingDegrees => null;

    /// <summary>
    /// The reported UTC instant, or null when any part is "not available" or the parts do not form a real date and time
    /// (stations do send 2012-06-01T24:60:60).
    /// </summary>
    public DateTime? Timestamp =>
        Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month)
            && Hour < 24 && Minute < 60 && Second < 60
            ? new DateTime(Year, Month, Day, Hour, Minute, Second, DateTimeKind.Utc)
            : null;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out BaseStationReport message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new BaseStationReport(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Year: (int)bits.UInt(38, 14),
            Month: (int)bits.UInt(52, 4),
            Day: (int)bits.UInt(56, 5),
            Hour: (int)bits.UInt(61, 5),
            Minute: (int)bits.UInt(66, 6),
            Second: (int)bits.UInt(72, 6),
            Accuracy: bits.Bool(78),
            LongitudeRaw: bits.Int(79, 28),
            LatitudeRaw: bits.Int(107, 27),
            Epfd: (int)bits.UInt(134, 4),
            Spare: (int)bits.UInt(138, 10),
            Raim: bits.Bool(148),
            Radio: (int)bits.UInt(149, 19));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 14, (uint)Year);
        writer.UInt(52, 4, (uint)Month);
        writer.UInt(56, 5, (uint)Day);
        writer.UInt(61, 5, (uint)Hour);
        writer.UInt(66, 6, (uint)Minute);
        writer.UInt(72, 6, (uint)Second);
        writer.Bool(78, Accuracy);
        writer.Int(79, 28, LongitudeRaw);
        writer.Int(107, 27, LatitudeRaw);
        writer.UInt(134, 4, (uint)Epfd);
        writer.UInt(138, 10, (uint)Spare);
        writer.Bool(148, Raim);
        writer.UInt(149, 19, (uint)Radio);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("timestamp"u8, GpsdTimeTexts.Timestamp(Year, Month, Day, Hour, Minute, Second));
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        writer.Field("epfd"u8, Epfd);
        writer.FieldLiteral("epfd_text"u8, GpsdTexts.FixingDevice(Epfd));
        writer.Field("raim"u8, Raim);
        writer.Field("radio"u8, Radio);
    }
}
