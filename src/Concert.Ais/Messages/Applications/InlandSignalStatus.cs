using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS signal status (type 8, DAC 200, FI 40): a traffic signal's position, form, orientation and lights.
/// Field names after gpsd, which decodes it only at exactly 168 bits.
/// </summary>
/// <param name="LongitudeRaw">Signal longitude in 1/10,000 minute (28 bits).</param>
/// <param name="LatitudeRaw">Signal latitude in 1/10,000 minute (27 bits).</param>
/// <param name="Form">Signal form (4 bits).</param>
/// <param name="Facing">Orientation of the signal in degrees (9 bits).</param>
/// <param name="Direction">Direction of impact (0 unknown, 1 upstream, 2 downstream, 3 left bank, 4 right bank).</param>
/// <param name="Status">Light status (30 bits: ten 3-bit lights).</param>
/// <param name="Spare">The 11 spare bits.</param>
public sealed record InlandSignalStatus(int LongitudeRaw, int LatitudeRaw, int Form, int Facing, int Direction, int Status, int Spare)
    : IAisApplication
{
    /// <summary>The data length gpsd requires (168-bit message).</summary>
    public const int DataBits = 112;

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, 600_000.0);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, 600_000.0);

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new InlandSignalStatus(
        LongitudeRaw: data.Int(0, 28),
        LatitudeRaw: data.Int(28, 27),
        Form: (int)data.UInt(55, 4),
        Facing: (int)data.UInt(59, 9),
        Direction: (int)data.UInt(68, 3),
        Status: (int)data.UInt(71, 30),
        Spare: (int)data.UInt(101, 11));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.FieldScaled("lon"u8, LongitudeRaw, 600_000.0, 6);
        writer.FieldScaled("lat"u8, LatitudeRaw, 600_000.0, 6);
        writer.Field("form"u8, Form);
        writer.Field("facing"u8, Facing);
        writer.Field("direction"u8, Direction);
        writer.FieldLiteral("direction_text"u8, GpsdDataTexts.InlandDirection(Direction));
        writer.Field("status"u8, Status);
        writer.FieldLiteral("status_text"u8, GpsdDataTexts.InlandSignalStatus(Status));
    }
}
