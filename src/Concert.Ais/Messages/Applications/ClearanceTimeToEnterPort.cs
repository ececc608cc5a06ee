using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 clearance time to enter port (type 6, DAC 1, FI 18). Field names after gpsd.
/// </summary>
/// <param name="Linkage">Message linkage identifier.</param>
/// <param name="Month">Month of the clearance time (0 = not available).</param>
/// <param name="Day">Day (0 = not available).</param>
/// <param name="Hour">Hour (24 = not available).</param>
/// <param name="Minute">Minute (60 = not available).</param>
/// <param name="PortName">Port and berth name (20 characters).</param>
/// <param name="Destination">UN/LOCODE of the destination (5 characters).</param>
/// <param name="LongitudeRaw">Position longitude in 1/1,000 minute (25 bits; 181° = not available).</param>
/// <param name="LatitudeRaw">Position latitude in 1/1,000 minute (24 bits; 91° = not available).</param>
public sealed record ClearanceTimeToEnterPort(
    int Linkage,
    int Month,
    int Day,
    int Hour,
    int Minute,
    string PortName,
    string Destination,
    int LongitudeRaw,
    int LatitudeRaw) : IAisApplication
{
    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, 60_000.0);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, 60_000.0);

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new ClearanceTimeToEnterPort(
        Linkage: (int)data.UInt(0, 10),
        Month: (int)data.UInt(10, 4),
        Day: (int)data.UInt(14, 5),
        Hour: (int)data.UInt(19, 5),
        Minute: (int)data.UInt(24, 6),
        PortName: GpsdText.Read(data, 30, 20),
        Destination: GpsdText.Read(data, 150, 5),
        LongitudeRaw: data.Int(180, 25),
        LatitudeRaw: data.Int(205, 24));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("linkage"u8, Linkage);
        writer.Field("arrival"u8, GpsdPartialTimes.MonthDayTimeUtc(Month, Day, Hour, Minute));
        writer.Field("portname"u8, PortName);
        writer.Field("destination"u8, Destination);
        writer.FieldScaled("lon"u8, LongitudeRaw, 60_000.0, 4);
        writer.FieldScaled("lat"u8, LatitudeRaw, 60_000.0, 4);
    }
}
