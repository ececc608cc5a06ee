using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 17: GNSS broadcast binary message, DGNSS corrections (RTCM SC-104 words) from a base station, with the reference
/// station's position. ITU-R M.1371-5 table 65; names after gpsd, which prints the corrections as raw data.
/// </summary>
/// <param name="MessageType">17.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="LongitudeRaw">Reference station longitude in 1/10 minute (18 bits; 181° = not available).</param>
/// <param name="LatitudeRaw">Reference station latitude in 1/10 minute (17 bits; 91° = not available).</param>
/// <param name="Spare2">Bits 75–79, spare.</param>
/// <param name="Data">The correction data, bits 80 to the end.</param>
public readonly record struct DgnssBroadcast(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    int LongitudeRaw,
    int LatitudeRaw,
    int Spare2,
    AisBinaryData Data) : IAisMessage<DgnssBroadcast>
{
    /// <summary>The shortest length gpsd accepts (no correction data).</summary>
    public const int MinBits = 80;

    /// <summary>The longest length gpsd accepts.</summary>
    public const int MaxBits = 816;

    /// <summary>Reference station longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, 600.0);

    /// <summary>Reference station latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, 600.0);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out DgnssBroadcast message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new DgnssBroadcast(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            LongitudeRaw: bits.Int(40, 18),
            LatitudeRaw: bits.Int(58, 17),
            Spare2: (int)bits.UInt(75, 5),
            Data: AisBinaryData.Read(bits, MinBits, bits.BitLength - MinBits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.Int(40, 18, LongitudeRaw);
        writer.Int(58, 17, LatitudeRaw);
        writer.UInt(75, 5, (uint)Spare2);
        Data.Write(writer, MinBits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.FieldScaled("lon"u8, LongitudeRaw, 600.0, 1);
        writer.FieldScaled("lat"u8, LatitudeRaw, 600.0, 1);
        writer.FieldData("data"u8, Data.BitCount, Data.Bytes);
    }
}
