using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 VTS-generated (synthetic) targets (type 8, DAC 1, FI 17): targets tracked by a VTS centre,
/// 122 bits each. Field names after gpsd, which reads a target wherever one starts at or before the message end.
/// </summary>
/// <param name="Targets">The targets in message order.</param>
public sealed record VtsTargets(IReadOnlyList<VtsTarget> Targets) : IAisApplication
{
    private const int TargetBits = 122;

    private static readonly byte[][] IdTypeNames = ["mmsi"u8.ToArray(), "imo"u8.ToArray(), "callsign"u8.ToArray(), "other"u8.ToArray()];

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        var targets = new List<VtsTarget>();
        for (int a = 0; a <= data.BitLength; a += TargetBits)
        {
            targets.Add(new VtsTarget(
                IdType: (int)data.UInt(a, 2),
                Id: data.UInt(a + 12, 32),
                IdText: GpsdText.Read(data, a + 2, 7),
                LatitudeRaw: data.Int(a + 48, 24),
                LongitudeRaw: data.Int(a + 72, 25),
                Course: (int)data.UInt(a + 97, 9),
                Second: (int)data.UInt(a + 106, 6),
                Speed: (int)data.UInt(a + 112, 10)));
        }
        return new VtsTargets(targets);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginArray("targets"u8);
        foreach (VtsTarget target in Targets)
        {
            writer.BeginObject();
            writer.Field("idtype"u8, target.IdType);
            ReadOnlySpan<byte> name = IdTypeNames[target.IdType & 3];
            writer.FieldLiteral("idtype_text"u8, name);
            // gpsd names the identifier field after its type and prints numbers as strings.
            writer.Field(name, target.IdType < 2 ? target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : target.IdText);
            writer.FieldScaled("lat"u8, target.LatitudeRaw, 60_000.0, 4);
            writer.FieldScaled("lon"u8, target.LongitudeRaw, 60_000.0, 4);
            writer.Field("course"u8, target.Course);
            writer.Field("second"u8, target.Second);
            writer.Field("speed"u8, target.Speed);
            writer.EndObject();
        }
        writer.EndArray();
    }
}
