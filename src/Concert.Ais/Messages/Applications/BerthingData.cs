using System.Globalization;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 berthing data, addressed (type 6, DAC 1, FI 20): the berth, its position and depth, the time it
/// is available, and the status of 26 port services. Field names after gpsd, which decodes it at any length.
/// </summary>
/// <param name="Linkage">Message linkage identifier.</param>
/// <param name="BerthLength">Berth length in metres (9 bits; 0 = not available).</param>
/// <param name="BerthDepthRaw">Water depth at the berth in 0.1 m (8 bits; 0 = not available).</param>
/// <param name="Position">Mooring position (0 not available, 1 port side, 2 starboard side, 3 end-on, 4 buoy, 5 anchorage).</param>
/// <param name="Month">Month of availability (0 = not available).</param>
/// <param name="Day">Day (0 = not available).</param>
/// <param name="Hour">Hour (24 = not available).</param>
/// <param name="Minute">Minute (60 = not available).</param>
/// <param name="Availability">Services availability flag (1 = the service statuses are valid).</param>
/// <param name="Services">
/// The 26 two-bit service statuses in message order (agent, fuel, chandler, … future2; see <see cref="ServiceNames"/>).
/// </param>
/// <param name="BerthName">Name of the berth (20 characters).</param>
/// <param name="BerthLongitudeRaw">Berth longitude in 1/1,000 minute (25 bits).</param>
/// <param name="BerthLatitudeRaw">Berth latitude in 1/1,000 minute (24 bits).</param>
public sealed record BerthingData(
    int Linkage,
    int BerthLength,
    int BerthDepthRaw,
    int Position,
    int Month,
    int Day,
    int Hour,
    int Minute,
    int Availability,
    IReadOnlyList<int> Services,
    string BerthName,
    int BerthLongitudeRaw,
    int BerthLatitudeRaw) : IAisApplication
{
    private const int ServicesOffset = 51;

    private static readonly byte[][] GpsdServiceNames =
    [
        "agent"u8.ToArray(), "fuel"u8.ToArray(), "chandler"u8.ToArray(), "stevedore"u8.ToArray(), "electrical"u8.ToArray(),
        "water"u8.ToArray(), "customs"u8.ToArray(), "cartage"u8.ToArray(), "crane"u8.ToArray(), "lift"u8.ToArray(),
        "medical"u8.ToArray(), "navrepair"u8.ToArray(), "provisions"u8.ToArray(), "shiprepair"u8.ToArray(),
        "surveyor"u8.ToArray(), "steam"u8.ToArray(), "tugs"u8.ToArray(), "solidwaste"u8.ToArray(),
        "liquidwaste"u8.ToArray(), "hazardouswaste"u8.ToArray(), "ballast"u8.ToArray(), "additional"u8.ToArray(),
        "regional1"u8.ToArray(), "regional2"u8.ToArray(), "future1"u8.ToArray(), "future2"u8.ToArray(),
    ];

    /// <summary>gpsd's names of the services, in the order of <see cref="Services"/>.</summary>
    public static IReadOnlyList<string> ServiceNames { get; } =
        GpsdServiceNames.Select(name => System.Text.Encoding.ASCII.GetString(name)).ToArray();

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        int[] services = new int[GpsdServiceNames.Length];
        for (int i = 0; i < services.Length; i++)
        {
            services[i] = (int)data.UInt(ServicesOffset + 2 * i, 2);
        }
        return new BerthingData(
            Linkage: (int)data.UInt(0, 10),
            BerthLength: (int)data.UInt(10, 9),
            BerthDepthRaw: (int)data.UInt(19, 8),
            Position: (int)data.UInt(27, 3),
            Month: (int)data.UInt(30, 4),
            Day: (int)data.UInt(34, 5),
            Hour: (int)data.UInt(39, 5),
            Minute: (int)data.UInt(44, 6),
            Availability: (int)data.UInt(50, 1),
            Services: services,
            BerthName: GpsdText.Read(data, 103, 20),
            BerthLongitudeRaw: data.Int(223, 25),
            BerthLatitudeRaw: data.Int(248, 24));
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("linkage"u8, Linkage);
        writer.Field("berth_length"u8, BerthLength);
        writer.Field("position"u8, Position);
        writer.FieldLiteral("position_text"u8, GpsdDataTexts.BerthPosition(Position));
        writer.Field("arrival"u8, string.Create(CultureInfo.InvariantCulture, $"{Month}-{Day}T{Hour}:{Minute}"));
        writer.Field("availability"u8, Availability);
        for (int i = 0; i < GpsdServiceNames.Length; i++)
        {
            writer.Field(GpsdServiceNames[i], Services[i]);
        }
        writer.Field("berth_name"u8, BerthName);
        writer.FieldScaled("berth_lon"u8, BerthLongitudeRaw, 60_000.0, 4);
        writer.FieldScaled("berth_lat"u8, BerthLatitudeRaw, 60_000.0, 4);
        writer.FieldScaled("berth_depth"u8, BerthDepthRaw, 10.0, 1);
    }
}
