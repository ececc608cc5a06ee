using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 route information, addressed (type 6, DAC 1, FI 28) or broadcast (type 8, DAC 1, FI 27): a route
/// of up to 31 waypoints with its type, start time and duration. Field names after gpsd, which reads as many waypoints as
/// the count says, past the message end as zeros.
/// </summary>
/// <param name="Linkage">Message linkage identifier.</param>
/// <param name="Sender">Sender classification (0..7).</param>
/// <param name="RouteType">Route type (0..31).</param>
/// <param name="Month">Start month (0 = not available).</param>
/// <param name="Day">Start day (0 = not available).</param>
/// <param name="Hour">Start hour (24 = not available).</param>
/// <param name="Minute">Start minute (60 = not available).</param>
/// <param name="Duration">Duration in minutes (0 = cancel the route).</param>
/// <param name="Waypoints">The waypoints, longitude and latitude in 1/10,000 minute (28 and 27 bits).</param>
public sealed record RouteInformation(
    int Linkage,
    int Sender,
    int RouteType,
    int Month,
    int Day,
    int Hour,
    int Minute,
    int Duration,
    IReadOnlyList<(int LongitudeRaw, int LatitudeRaw)> Waypoints) : IAisApplication
{
    private const int WaypointsOffset = 61;
    private const int WaypointBits = 55;

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        int count = (int)data.UInt(56, 5);
        var waypoints = new List<(int LongitudeRaw, int LatitudeRaw)>(count);
        for (int i = 0; i < count; i++)
        {
            int a = WaypointsOffset + WaypointBits * i;
            // A waypoint that starts past the message end is all zeros; not reading it keeps offsets inside the buffer.
            waypoints.Add(a >= data.BitLength ? (0, 0) : (data.Int(a, 28), data.Int(a + 28, 27)));
        }
        return new RouteInformation(
            Linkage: (int)data.UInt(0, 10),
            Sender: (int)data.UInt(10, 3),
            RouteType: (int)data.UInt(13, 5),
            Month: (int)data.UInt(18, 4),
            Day: (int)data.UInt(22, 5),
            Hour: (int)data.UInt(27, 5),
            Minute: (int)data.UInt(32, 6),
            Duration: (int)data.UInt(38, 18),
            Waypoints: waypoints);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("linkage"u8, Linkage);
        writer.Field("sender"u8, Sender);
        writer.Field("rtype"u8, RouteType);
        writer.FieldLiteral("rtype_text"u8, GpsdDataTexts.RouteType(RouteType));
        writer.Field("start"u8, GpsdPartialTimes.MonthDayTimeUtc(Month, Day, Hour, Minute));
        writer.Field("duration"u8, Duration);
        writer.BeginArray("waypoints"u8);
        foreach ((int longitude, int latitude) in Waypoints)
        {
            writer.BeginObject();
            writer.FieldScaled("lon"u8, longitude, 600_000.0, 6);
            writer.FieldScaled("lat"u8, latitude, 600_000.0, 6);
            writer.EndObject();
        }
        writer.EndArray();
    }
}
