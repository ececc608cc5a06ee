using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 5: a class A ship's static and voyage-related data (identity, dimensions, draught, destination, ETA).
/// ITU-R M.1371-5 table 52; field names after gpsd's AIVDM description.
/// </summary>
/// <param name="MessageType">Always 5.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="AisVersion">AIS version indicator (0 = ITU-R M.1371-1, 1..3 later editions).</param>
/// <param name="ImoRaw">IMO ship number (0 = not available).</param>
/// <param name="CallSign">Call sign, up to 7 characters.</param>
/// <param name="ShipName">Ship name, up to 20 characters.</param>
/// <param name="ShipType">Type of ship and cargo (0 = not available).</param>
/// <param name="Dimensions">Distances from the position reference point.</param>
/// <param name="Epfd">Type of electronic position fixing device (0 = undefined).</param>
/// <param name="EtaMonthRaw">ETA month, 1..12 (0 = not available).</param>
/// <param name="EtaDayRaw">ETA day, 1..31 (0 = not available).</param>
/// <param name="EtaHourRaw">ETA hour, 0..23 (24 = not available).</param>
/// <param name="EtaMinuteRaw">ETA minute, 0..59 (60 = not available).</param>
/// <param name="DraughtRaw">Maximum present static draught in 1/10 m (0 = not available, 255 = 25.5 m or more).</param>
/// <param name="Destination">Destination, up to 20 characters.</param>
/// <param name="Dte">Data terminal equipment flag: false = a display or other terminal is available.</param>
/// <param name="Spare">The last, spare bit.</param>
public readonly record struct StaticAndVoyageData(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int AisVersion,
    uint ImoRaw,
    string CallSign,
    string ShipName,
    int ShipType,
    ShipDimensions Dimensions,
    int Epfd,
    int EtaMonthRaw,
    int EtaDayRaw,
    int EtaHourRaw,
    int EtaMinuteRaw,
    int DraughtRaw,
    string Destination,
    bool Dte,
    bool Spare) : IAisMessage<StaticAndVoyageData>
{
    /// <summary>The standard length of a type 5 message in bits.</summary>
    public const int Bits = 424;

    /// <summary>
    /// The shortest type 5 gpsd accepts: many transmitters send 420 or 422 bits, cutting the destination's last character
    /// and the DTE flag. Such a message re-encodes at the standard 424 bits.
    /// </summary>
    public const int MinimumBits = 420;

    /// <summary>The IMO number, or null when not available (0).</summary>
    public uint? Imo => ImoRaw == 0 ? null : ImoRaw;

    /// <summary>Draught in metres, or null when not available (0).</summary>
    public double? DraughtMeters => DraughtRaw == 0 ? null : DraughtRaw / 10.0;

    /// <summary>ETA month (1..12), or null when not available (0) or out of range.</summary>
    public int? EtaMonth => EtaMonthRaw is >= 1 and <= 12 ? EtaMonthRaw : null;

    /// <summary>ETA day (1..31), or null when not available (0).</summary>
    public int? EtaDay => EtaDayRaw == 0 ? null : EtaDayRaw;

    /// <summary>ETA hour (0..23), or null when not available (24) or out of range.</summary>
    public int? EtaHour => EtaHourRaw < 24 ? EtaHourRaw : null;

    /// <summary>ETA minute (0..59), or null when not available (60) or out of range.</summary>
    public int? EtaMinute => EtaMinuteRaw < 60 ? EtaMinuteRaw : null;

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out StaticAndVoyageData message)
    {
        if (bits.BitLength < MinimumBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new StaticAndVoyageData(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            AisVersion: (int)bits.UInt(38, 2),
            ImoRaw: bits.UInt(40, 30),
            CallSign: bits.FixedText(70, 7),
            ShipName: bits.FixedText(112, 20),
            ShipType: (int)bits.UInt(232, 8),
            Dimensions: ShipDimensions.Read(bits, 240),
            Epfd: (int)bits.UInt(270, 4),
            EtaMonthRaw: (int)bits.UInt(274, 4),
            EtaDayRaw: (int)bits.UInt(278, 5),
            EtaHourRaw: (int)bits.UInt(283, 5),
            EtaMinuteRaw: (int)bits.UInt(288, 6),
            DraughtRaw: (int)bits.UInt(294, 8),
            // A 420- or 421-bit message cuts the last destination character; gpsd reads its missing bits as zero.
            Destination: bits.FixedText(302, 20),
            Dte: bits.Bool(422),
            Spare: bits.Bool(423));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)AisVersion);
        writer.UInt(40, 30, ImoRaw);
        writer.Text(70, 7, CallSign);
        writer.Text(112, 20, ShipName);
        writer.UInt(232, 8, (uint)ShipType);
        Dimensions.Write(writer, 240);
        writer.UInt(270, 4, (uint)Epfd);
        writer.UInt(274, 4, (uint)EtaMonthRaw);
        writer.UInt(278, 5, (uint)EtaDayRaw);
        writer.UInt(283, 5, (uint)EtaHourRaw);
        writer.UInt(288, 6, (uint)EtaMinuteRaw);
        writer.UInt(294, 8, (uint)DraughtRaw);
        writer.Text(302, 20, Destination);
        writer.Bool(422, Dte);
        writer.Bool(423, Spare);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("imo"u8, ImoRaw);
        writer.Field("ais_version"u8, AisVersion);
        writer.Field("callsign"u8, CallSign);
        writer.Field("shipname"u8, ShipName);
        writer.Field("shiptype"u8, ShipType);
        writer.FieldLiteral("shiptype_text"u8, GpsdTexts.ShipType(ShipType));
        Dimensions.WriteGpsd(writer);
        writer.Field("epfd"u8, Epfd);
        writer.FieldLiteral("epfd_text"u8, GpsdTexts.FixingDevice(Epfd));
        writer.Field("eta"u8, GpsdTimeTexts.Eta(EtaMonthRaw, EtaDayRaw, EtaHourRaw, EtaMinuteRaw));
        GpsdScaledFields.Tenths(writer, "draught"u8, DraughtRaw);
        writer.Field("destination"u8, Destination);
        writer.Field("dte"u8, Dte ? 1 : 0);
    }
}
