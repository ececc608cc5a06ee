using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS ship static and voyage related data (type 8, DAC 200, FI 10): the European vessel number, dimensions,
/// ERI ship type, blue-cone hazard and load state. Field names after gpsd, which decodes it only at exactly 168 bits
/// and with a hazard code of 5 or less (its guard against other applications using the same FI).
/// </summary>
/// <param name="Vin">European Number of Identification (ENI), 8 characters.</param>
/// <param name="LengthRaw">Length of ship in 0.1 m (13 bits).</param>
/// <param name="BeamRaw">Beam of ship in 0.1 m (10 bits).</param>
/// <param name="ShipType">ERI ship or combination type (14 bits).</param>
/// <param name="Hazard">Hazardous cargo: number of blue cones 0..3, 4 B-flag, 5 unknown.</param>
/// <param name="DraughtRaw">Draught in 0.01 m (11 bits).</param>
/// <param name="Loaded">Load state: 0 not available, 1 unloaded, 2 loaded.</param>
/// <param name="SpeedQuality">True when the speed comes from an approved sensor.</param>
/// <param name="CourseQuality">True when the course comes from an approved sensor.</param>
/// <param name="HeadingQuality">True when the heading comes from an approved sensor.</param>
/// <param name="Spare">The eight spare bits.</param>
public sealed record InlandShipStaticData(
    string Vin,
    int LengthRaw,
    int BeamRaw,
    int ShipType,
    int Hazard,
    int DraughtRaw,
    int Loaded,
    bool SpeedQuality,
    bool CourseQuality,
    bool HeadingQuality,
    int Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (168-bit message).</summary>
    public const int DataBits = 112;

    /// <summary>The highest hazard code gpsd accepts.</summary>
    public const int MaxHazard = 5;

    /// <summary>Length in metres, or null when not available (0).</summary>
    public double? LengthMetres => LengthRaw == 0 ? null : LengthRaw / 10.0;

    /// <summary>Decodes the application, or returns null when the length or the hazard code is outside what gpsd accepts.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        int hazard = (int)data.UInt(85, 3);
        if (data.BitLength != DataBits || hazard > MaxHazard)
        {
            return null;
        }
        return new InlandShipStaticData(
            Vin: GpsdText.Read(data, 0, 8),
            LengthRaw: (int)data.UInt(48, 13),
            BeamRaw: (int)data.UInt(61, 10),
            ShipType: (int)data.UInt(71, 14),
            Hazard: hazard,
            DraughtRaw: (int)data.UInt(88, 11),
            Loaded: (int)data.UInt(99, 2),
            SpeedQuality: data.Bool(101),
            CourseQuality: data.Bool(102),
            HeadingQuality: data.Bool(103),
            Spare: (int)data.UInt(104, 8));
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("vin"u8, Vin);
        writer.Field("length"u8, LengthRaw);
        writer.Field("beam"u8, BeamRaw);
        writer.Field("shiptype"u8, ShipType);
        writer.FieldLiteral("shiptype_text"u8, GpsdDataTexts.InlandShipType(ShipType));
        writer.Field("hazard"u8, Hazard);
        writer.FieldLiteral("hazard_text"u8, GpsdDataTexts.InlandHazard(Hazard));
        writer.Field("draught"u8, DraughtRaw);
        writer.Field("loaded"u8, Loaded);
        writer.FieldLiteral("loaded_text"u8, GpsdDataTexts.InlandLoadStatus(Loaded));
        writer.Field("speed_q"u8, SpeedQuality);
        writer.Field("course_q"u8, CourseQuality);
        writer.Field("heading_q"u8, HeadingQuality);
    }
}
