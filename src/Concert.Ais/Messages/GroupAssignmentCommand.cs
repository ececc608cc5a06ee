using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 23: group assignment command, a base station setting the reporting interval and quiet time of every station of
/// a kind (station type, ship type) inside a rectangular area. ITU-R M.1371-5 table 73; names after gpsd.
/// </summary>
/// <param name="MessageType">23.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="NeLongitudeRaw">North-east corner longitude in 1/10 minute (18 bits).</param>
/// <param name="NeLatitudeRaw">North-east corner latitude in 1/10 minute (17 bits).</param>
/// <param name="SwLongitudeRaw">South-west corner longitude in 1/10 minute.</param>
/// <param name="SwLatitudeRaw">South-west corner latitude in 1/10 minute.</param>
/// <param name="StationType">Station type selected (0..15).</param>
/// <param name="ShipType">Ship and cargo type selected (0 = all).</param>
/// <param name="Spare2">Bits 122–143, spare.</param>
/// <param name="TxRx">Transmit/receive mode (2 bits; gpsd does not print it).</param>
/// <param name="Interval">Reporting interval code (0..15).</param>
/// <param name="Quiet">Quiet time in minutes (0 = none).</param>
/// <param name="Spare3">Bits 154–159, spare.</param>
/// <param name="Tail">Bits past 160, which gpsd ignores.</param>
public readonly record struct GroupAssignmentCommand(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    int NeLongitudeRaw,
    int NeLatitudeRaw,
    int SwLongitudeRaw,
    int SwLatitudeRaw,
    int StationType,
    int ShipType,
    int Spare2,
    int TxRx,
    int Interval,
    int Quiet,
    int Spare3,
    AisBinaryData Tail) : IAisMessage<GroupAssignmentCommand>
{
    /// <summary>The standard length; gpsd accepts any longer message too.</summary>
    public const int Bits = 160;

    /// <summary>North-east corner longitude in degrees, or null when not available.</summary>
    public double? NeLongitude => Coordinates.Longitude(NeLongitudeRaw, 600.0);

    /// <summary>North-east corner latitude in degrees, or null when not available.</summary>
    public double? NeLatitude => Coordinates.Latitude(NeLatitudeRaw, 600.0);

    /// <summary>South-west corner longitude in degrees, or null when not available.</summary>
    public double? SwLongitude => Coordinates.Longitude(SwLongitudeRaw, 600.0);

    /// <summary>South-west corner latitude in degrees, or null when not available.</summary>
    public double? SwLatitude => Coordinates.Latitude(SwLatitudeRaw, 600.0);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out GroupAssignmentCommand message)
    {
        if (bits.BitLength < Bits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new GroupAssignmentCommand(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            NeLongitudeRaw: bits.Int(40, 18),
            NeLatitudeRaw: bits.Int(58, 17),
            SwLongitudeRaw: bits.Int(75, 18),
            SwLatitudeRaw: bits.Int(93, 17),
            StationType: (int)bits.UInt(110, 4),
            ShipType: (int)bits.UInt(114, 8),
            Spare2: (int)bits.UInt(122, 22),
            TxRx: (int)bits.UInt(144, 2),
            Interval: (int)bits.UInt(146, 4),
            Quiet: (int)bits.UInt(150, 4),
            Spare3: (int)bits.UInt(154, 6),
            Tail: AisBinaryData.Read(bits, Bits, bits.BitLength - Bits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.Int(40, 18, NeLongitudeRaw);
        writer.Int(58, 17, NeLatitudeRaw);
        writer.Int(75, 18, SwLongitudeRaw);
        writer.Int(93, 17, SwLatitudeRaw);
        writer.UInt(110, 4, (uint)StationType);
        writer.UInt(114, 8, (uint)ShipType);
        writer.UInt(122, 22, (uint)Spare2);
        writer.UInt(144, 2, (uint)TxRx);
        writer.UInt(146, 4, (uint)Interval);
        writer.UInt(150, 4, (uint)Quiet);
        writer.UInt(154, 6, (uint)Spare3);
        Tail.Write(writer, Bits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer.Scaled)
        {
            // gpsd prints the scaled corners as quoted "%f" strings.
            writer.Field("ne_lon"u8, ChannelManagement.Degrees(NeLongitudeRaw));
            writer.Field("ne_lat"u8, ChannelManagement.Degrees(NeLatitudeRaw));
            writer.Field("sw_lon"u8, ChannelManagement.Degrees(SwLongitudeRaw));
            writer.Field("sw_lat"u8, ChannelManagement.Degrees(SwLatitudeRaw));
        }
        else
        {
            writer.Field("ne_lon"u8, NeLongitudeRaw);
            writer.Field("ne_lat"u8, NeLatitudeRaw);
            writer.Field("sw_lon"u8, SwLongitudeRaw);
            writer.Field("sw_lat"u8, SwLatitudeRaw);
        }
        writer.Field("stationtype"u8, StationType);
        writer.FieldLiteral("stationtype_text"u8, GpsdDataTexts.StationType(StationType));
        writer.Field("shiptype"u8, ShipType);
        writer.FieldLiteral("shiptype_text"u8, GpsdTexts.ShipType(ShipType));
        writer.Field("interval"u8, Interval);
        writer.Field("quiet"u8, Quiet);
    }
}
