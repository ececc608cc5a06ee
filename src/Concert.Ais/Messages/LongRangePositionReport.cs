using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 27: the long-range (satellite-oriented) position report, with coarse position, speed and course.
/// ITU-R M.1371-5 table 85; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">Always 27.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="Raim">RAIM flag.</param>
/// <param name="Status">Navigational status code (0..15, 15 = not defined).</param>
/// <param name="LongitudeRaw">Longitude in 1/10 minute (181° = 108,600 = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/10 minute (91° = 54,600 = not available).</param>
/// <param name="SpeedRaw">Speed over ground in whole knots (63 = not available).</param>
/// <param name="CourseRaw">Course over ground in whole degrees (511 = not available).</param>
/// <param name="Gnss">Position latency flag as transmitted: false = current GNSS position, true = not (gpsd's <c>gnss</c>).</param>
/// <param name="Spare">The spare bit.</param>
/// <param name="FullSlot">
/// True when the transmitter filled a whole 168-bit slot instead of sending 96 bits, an error gpsd tolerates; encoding
/// pads to 168 bits again.
/// </param>
public readonly record struct LongRangePositionReport(
    int MessageType,
    int Repeat,
    uint Mmsi,
    bool Accuracy,
    bool Raim,
    int Status,
    int LongitudeRaw,
    int LatitudeRaw,
    int SpeedRaw,
    int CourseRaw,
    bool Gnss,
    bool Spare,
    bool FullSlot) : IAisMessage<LongRangePositionReport>, IAisPositionReport
{
    /// <summary>The length of a type 27 message in bits.</summary>
    public const int Bits = 96;

    /// <summary>The one other length gpsd accepts: a full slot.</summary>
    public const int FullSlotBits = 168;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, GpsdScaledFields.TenthMinutes);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, GpsdScaledFields.TenthMinutes);

    /// <summary>Speed over ground in knots, or null when not available (63).</summary>
    public double? SpeedKnots => SpeedRaw == 63 ? null : SpeedRaw;

    /// <summary>Course over ground in degrees, or null when not available (511) or out of range.</summary>
    public double? CourseDegrees => CourseRaw >= 360 ? null : CourseRaw;

    /// <summary>Always null: the long-range report carries no heading.</summary>
    public int? HeadingDegrees => null;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out LongRangePositionReport message)
    {
        if (bits.BitLength is not (Bits or FullSlotBits))
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new LongRangePositionReport(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Accuracy: bits.Bool(38),
            Raim: bits.Bool(39),
            Status: (int)bits.UInt(40, 4),
            LongitudeRaw: bits.Int(44, 18),
            LatitudeRaw: bits.Int(62, 17),
            SpeedRaw: (int)bits.UInt(79, 6),
            CourseRaw: (int)bits.UInt(85, 9),
            Gnss: bits.Bool(94),
            Spare: bits.Bool(95),
            FullSlot: bits.BitLength == FullSlotBits);
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.Bool(38, Accuracy);
        writer.Bool(39, Raim);
        writer.UInt(40, 4, (uint)Status);
        writer.Int(44, 18, LongitudeRaw);
        writer.Int(62, 17, LatitudeRaw);
        writer.UInt(79, 6, (uint)SpeedRaw);
        writer.UInt(85, 9, (uint)CourseRaw);
        writer.Bool(94, Gnss);
        writer.Bool(95, Spare);
        if (FullSlot)
        {
            // The filler of an oversized message is not kept; it is written back as zeros.
            writer.UInt(96, 32, 0);
            writer.UInt(128, 32, 0);
            writer.UInt(160, 8, 0);
        }
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // Scaled, gpsd replaces the status code by its text under the same name, with no status_text field.
        if (writer.Scaled)
        {
            writer.FieldLiteral("status"u8, GpsdTexts.NavigationStatus(Status));
        }
        else
        {
            writer.Field("status"u8, Status);
        }
        writer.Field("accuracy"u8, Accuracy);
        GpsdScaledFields.Position(writer, LongitudeRaw, LatitudeRaw, GpsdScaledFields.TenthMinutes, 1);
        writer.Field("speed"u8, SpeedRaw);
        writer.Field("course"u8, CourseRaw);
        writer.Field("raim"u8, Raim);
        writer.Field("gnss"u8, Gnss);
    }
}
