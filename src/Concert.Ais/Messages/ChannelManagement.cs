using System.Globalization;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 22: channel management, a base station setting the channels, power and transition zone for stations either in a
/// rectangular area (broadcast form) or named by MMSI (addressed form). ITU-R M.1371-5 table 72; names after gpsd.
/// </summary>
/// <remarks>
/// Bits 69–138 are the area corners in the broadcast form and two MMSIs (each followed by 5 spare bits) in the addressed
/// form; the fields of the other form are zero. gpsd accepts 168 bits or more and ignores the rest, kept in
/// <see cref="Tail"/>.
/// </remarks>
/// <param name="MessageType">22.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="ChannelA">Channel A number (ITU-R M.1084).</param>
/// <param name="ChannelB">Channel B number.</param>
/// <param name="TxRx">Transmit/receive mode (0..3).</param>
/// <param name="Power">True for low power.</param>
/// <param name="NeLongitudeRaw">Broadcast form: north-east corner longitude in 1/10 minute (18 bits).</param>
/// <param name="NeLatitudeRaw">Broadcast form: north-east corner latitude in 1/10 minute (17 bits).</param>
/// <param name="SwLongitudeRaw">Broadcast form: south-west corner longitude in 1/10 minute.</param>
/// <param name="SwLatitudeRaw">Broadcast form: south-west corner latitude in 1/10 minute.</param>
/// <param name="Destination1">Addressed form: first addressed MMSI.</param>
/// <param name="Spare2">Addressed form: the 5 spare bits after the first MMSI.</param>
/// <param name="Destination2">Addressed form: second addressed MMSI.</param>
/// <param name="Spare3">Addressed form: the 5 spare bits after the second MMSI.</param>
/// <param name="Addressed">True for the addressed form.</param>
/// <param name="BandA">Channel A bandwidth flag (true = 12.5 kHz).</param>
/// <param name="BandB">Channel B bandwidth flag.</param>
/// <param name="ZoneSize">Transitional zone size in nautical miles minus one (0..7).</param>
/// <param name="Spare4">Bits 145–167, spare.</param>
/// <param name="Tail">Bits past 168, which gpsd ignores.</param>
public readonly record struct ChannelManagement(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    int ChannelA,
    int ChannelB,
    int TxRx,
    bool Power,
    int NeLongitudeRaw,
    int NeLatitudeRaw,
    int SwLongitudeRaw,
    int SwLatitudeRaw,
    uint Destination1,
    int Spare2,
    uint Destination2,
    int Spare3,
    bool Addressed,
    bool BandA,
    bool BandB,
    int ZoneSize,
    int Spare4,
    AisBinaryData Tail) : IAisMessage<ChannelManagement>
{
    /// <summary>The standard length; gpsd accepts any longer message too.</summary>
    public const int Bits = 168;

    /// <summary>North-east corner longitude in degrees (broadcast form), or null when addressed or not available.</summary>
    public double? NeLongitude => Addressed ? null : Coordinates.Longitude(NeLongitudeRaw, 600.0);

    /// <summary>North-east corner latitude in degrees (broadcast form), or null when addressed or not available.</summary>
    public double? NeLatitude => Addressed ? null : Coordinates.Latitude(NeLatitudeRaw, 600.0);

    /// <summary>South-west corner longitude in degrees (broadcast form), or null when addressed or not available.</summary>
    public double? SwLongitude => Addressed ? null : Coordinates.Longitude(SwLongitudeRaw, 600.0);

    /// <summary>South-west corner latitude in degrees (broadcast form), or null when addressed or not available.</summary>
    public double? SwLatitude => Addressed ? null : Coordinates.Latitude(SwLatitudeRaw, 600.0);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out ChannelManagement message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        bool addressed = bits.Bool(139);
        message = new ChannelManagement(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            ChannelA: (int)bits.UInt(40, 12),
            ChannelB: (int)bits.UInt(52, 12),
            TxRx: (int)bits.UInt(64, 4),
            Power: bits.Bool(68),
            NeLongitudeRaw: addressed ? 0 : bits.Int(69, 18),
            NeLatitudeRaw: addressed ? 0 : bits.Int(87, 17),
            SwLongitudeRaw: addressed ? 0 : bits.Int(104, 18),
            SwLatitudeRaw: addressed ? 0 : bits.Int(122, 17),
            Destination1: addressed ? bits.UInt(69, 30) : 0,
            Spare2: addressed ? (int)bits.UInt(99, 5) : 0,
            Destination2: addressed ? bits.UInt(104, 30) : 0,
            Spare3: addressed ? (int)bits.UInt(134, 5) : 0,
            Addressed: addressed,
            BandA: bits.Bool(140),
            BandB: bits.Bool(141),
            ZoneSize: (int)bits.UInt(142, 3),
            Spare4: (int)bits.UInt(145, 23),
            Tail: AisBinaryData.Read(bits, Bits, bits.BitLength - Bits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.UInt(40, 12, (uint)ChannelA);
        writer.UInt(52, 12, (uint)ChannelB);
        writer.UInt(64, 4, (uint)TxRx);
        writer.Bool(68, Power);
        if (Addressed)
        {
            writer.UInt(69, 30, Destination1);
            writer.UInt(99, 5, (uint)Spare2);
            writer.UInt(104, 30, Destination2);
            writer.UInt(134, 5, (uint)Spare3);
        }
        else
        {
            writer.Int(69, 18, NeLongitudeRaw);
            writer.Int(87, 17, NeLatitudeRaw);
            writer.Int(104, 18, SwLongitudeRaw);
            writer.Int(122, 17, SwLatitudeRaw);
        }
        writer.Bool(139, Addressed);
        writer.Bool(140, BandA);
        writer.Bool(141, BandB);
        writer.UInt(142, 3, (uint)ZoneSize);
        writer.UInt(145, 23, (uint)Spare4);
        Tail.Write(writer, Bits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("channel_a"u8, ChannelA);
        writer.Field("channel_b"u8, ChannelB);
        writer.Field("txrx"u8, TxRx);
        writer.Field("power"u8, Power);
        if (Addressed)
        {
            writer.Field("dest1"u8, Destination1);
            writer.Field("dest2"u8, Destination2);
        }
        else if (writer.Scaled)
        {
            // gpsd prints the scaled corners as quoted "%f" strings.
            writer.Field("ne_lon"u8, Degrees(NeLongitudeRaw));
            writer.Field("ne_lat"u8, Degrees(NeLatitudeRaw));
            writer.Field("sw_lon"u8, Degrees(SwLongitudeRaw));
            writer.Field("sw_lat"u8, Degrees(SwLatitudeRaw));
        }
        else
        {
            writer.Field("ne_lon"u8, NeLongitudeRaw);
            writer.Field("ne_lat"u8, NeLatitudeRaw);
            writer.Field("sw_lon"u8, SwLongitudeRaw);
            writer.Field("sw_lat"u8, SwLatitudeRaw);
        }
        writer.Field("addressed"u8, Addressed);
        writer.Field("band_a"u8, BandA);
        writer.Field("band_b"u8, BandB);
        writer.Field("zonesize"u8, ZoneSize);
    }

    /// <summary>A tenth-of-a-minute coordinate as C's <c>%f</c> of degrees.</summary>
    internal static string Degrees(int tenthsOfMinute) => (tenthsOfMinute / 600.0).ToString("F6", CultureInfo.InvariantCulture);
}
