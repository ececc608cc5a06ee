using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Types 1, 2 and 3: the class A position report (scheduled, assigned-scheduled, or in reply to interrogation).
/// ITU-R M.1371-5 table 46; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">1, 2 or 3.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Status">Navigational status code (0..15, 15 = not defined).</param>
/// <param name="TurnRaw">Rate of turn indicator (−128..127; −128 = not available, ±127 = turning faster than 5°/30 s).</param>
/// <param name="SpeedRaw">Speed over ground in 1/10 knot (1023 = not available, 1022 = 102.2 knots or more).</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = 108,600,000 = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = 54,600,000 = not available).</param>
/// <param name="CourseRaw">Course over ground in 1/10 degree (3600 = not available).</param>
/// <param name="HeadingRaw">True heading in degrees (511 = not available).</param>
/// <param name="Second">UTC second of the report (60 = not available, 61..63 = positioning system state).</param>
/// <param name="Maneuver">Special manoeuvre indicator (0 = not available).</param>
/// <param name="Spare">The three spare bits, kept so encoding returns the same bits.</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Radio">Communication state: 19 bits, or fewer when the message was short (see <paramref name="RadioBits"/>).</param>
/// <param name="RadioBits">
/// How many radio-status bits the message carried: 19 normally, 14..18 for the short 163..167-bit messages some
/// transmitters send, which gpsd accepts and reads as a right-aligned value of that width.
/// </param>
public readonly record struct PositionReportClassA(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Status,
    int TurnRaw,
    int SpeedRaw,
    bool Accuracy,
    int LongitudeRaw,
    int LatitudeRaw,
    int CourseRaw,
    int HeadingRaw,
    int Second,
    int Maneuver,
    int Spare,
    bool Raim,
    int Radio,
    int RadioBits = PositionReportClassA.FullRadioBits) : IAisMessage<PositionReportClassA>, IAisPositionReport
{
    /// <summary>The standard length of a type 1–3 message in bits.</summary>
    public const int Bits = 168;

    /// <summary>The shortest message gpsd accepts (it warns and reads a shortened radio field).</summary>
    public const int MinimumBits = 163;

    /// <summary>The width of the radio-status field in a full-length message.</summary>
    public const int FullRadioBits = 19;

    private const int RadioOffset = 149;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenThousandthMinutes);

    /// <summary>Speed over ground in knots, or null when not available (raw 1023, 102.3 knots).</summary>
    public double? SpeedKnots => NavigationUnits.SpeedKnots(SpeedRaw);

    /// <summary>Course over ground in degrees, or null when not available (raw 3600 and above).</summary>
    public double? CourseDegrees => NavigationUnits.CourseDegrees(CourseRaw);

    /// <summary>True heading in degrees, or null when not available (raw 511).</summary>
    public int? HeadingDegrees => NavigationUnits.HeadingDegrees(HeadingRaw);

    /// <summary>
    /// Rate of turn in degrees per minute from the ROT indicator (sign × (raw / 4.733)²), or null when not available or
    /// when only the direction is known (±127).
    /// </summary>
    public double? TurnDegreesPerMinute => TurnRaw is -128 or 127 or -127 ? null : Math.CopySign(Math.Pow(TurnRaw / 4.733, 2), TurnRaw);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out PositionReportClassA message)
    {
        // gpsd 3.22 accepts 163 bits and more (longer messages are read as 168 bits, their extra bits ignored).
        if (bits.BitLength < MinimumBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        int radioBits = Math.Min(FullRadioBits, bits.BitLength - RadioOffset);
        message = new PositionReportClassA(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Status: (int)bits.UInt(38, 4),
            TurnRaw: bits.Int(42, 8),
            SpeedRaw: (int)bits.UInt(50, 10),
            Accuracy: bits.Bool(60),
            LongitudeRaw: bits.Int(61, 28),
            LatitudeRaw: bits.Int(89, 27),
            CourseRaw: (int)bits.UInt(116, 12),
            HeadingRaw: (int)bits.UInt(128, 9),
            Second: (int)bits.UInt(137, 6),
            Maneuver: (int)bits.UInt(143, 2),
            Spare: (int)bits.UInt(145, 3),
            Raim: bits.Bool(148),
            Radio: (int)bits.UInt(RadioOffset, radioBits),
            RadioBits: radioBits);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 4, (uint)Status);
        writer.Int(42, 8, TurnRaw);
        writer.UInt(50, 10, (uint)SpeedRaw);
        writer.Bool(60, Accuracy);
        writer.Int(61, 28, LongitudeRaw);
        writer.Int(89, 27, LatitudeRaw);
        writer.UInt(116, 12, (uint)CourseRaw);
        writer.UInt(128, 9, (uint)HeadingRaw);
        writer.UInt(137, 6, (uint)Second);
        writer.UInt(143, 2, (uint)Maneuver);
        writer.UInt(145, 3, (uint)Spare);
        writer.Bool(148, Raim);
        writer.UInt(RadioOffset, RadioBits, (uint)Radio);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("status"u8, Status);
        writer.FieldLiteral("status_text"u8, GpsdTexts.NavigationStatus(Status));
        if (writer.Scaled)
        {
            WriteScaledTurn(writer);
            WriteScaledSpeed(writer);
        }
        else
        {
            writer.Field("turn"u8, TurnRaw);
            writer.Field("speed"u8, SpeedRaw);
        }
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenThousandthMinutes, 6);
        GpsdScaledFields.Tenths(writer, "course"u8, CourseRaw);
        writer.Field("heading"u8, HeadingRaw);
        writer.Field("second"u8, Second);
        writer.Field("maneuver"u8, Maneuver);
        writer.Field("raim"u8, Raim);
        writer.Field("radio"u8, Radio);
    }

    private void WriteScaledTurn(GpsdJsonWriter writer)
    {
        switch (TurnRaw)
        {
            case -128:
                writer.FieldLiteral("turn"u8, "nan"u8);
                break;
            case -127:
                writer.FieldLiteral("turn"u8, "fastleft"u8);
                break;
            case 127:
                writer.FieldLiteral("turn"u8, "fastright"u8);
                break;
            default:
                // gpsd prints the square of raw / 4.733 and so loses the sign: a port turn prints as positive.
                double root = TurnRaw / 4.733;
                writer.FieldFixed("turn"u8, root * root, 0);
                break;
        }
    }

    private void WriteScaledSpeed(GpsdJsonWriter writer)
    {
        switch (SpeedRaw)
        {
            case 1023:
                writer.FieldLiteral("speed"u8, "nan"u8);
                break;
            case 1022:
                writer.FieldLiteral("speed"u8, "fast"u8);
                break;
            default:
                writer.FieldFixed("speed"u8, SpeedRaw / 10.0, 1);
                break;
        }
    }
}
