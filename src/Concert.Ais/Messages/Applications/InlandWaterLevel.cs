using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS water levels (type 8, DAC 200, FI 24): a country code and four gauges. Field names after gpsd, which
/// decodes it only at exactly 168 bits.
/// </summary>
/// <param name="Country">UN country code (2 characters).</param>
/// <param name="Gauges">The gauges in message order: identifier (11 bits) and water level in cm (14 bits, signed).</param>
public sealed record InlandWaterLevel(string Country, IReadOnlyList<(int Id, int Level)> Gauges) : IAisApplication
{
    /// <summary>The data length gpsd requires (168-bit message).</summary>
    public const int DataBits = 112;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        if (data.BitLength != DataBits)
        {
            return null;
        }
        var gauges = new List<(int Id, int Level)>();
        for (int a = 12; a < DataBits; a += 25)
        {
            gauges.Add(((int)data.UInt(a, 11), data.Int(a + 11, 14)));
        }
        return new InlandWaterLevel(GpsdText.Read(data, 0, 2), gauges);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // gpsd prints the country without JSON escaping; six-bit text has '"' and '\', which then come out bare.
        writer.FieldLiteral("country"u8, System.Text.Encoding.ASCII.GetBytes(Country));
        writer.BeginArray("gauges"u8);
        foreach ((int id, int level) in Gauges)
        {
            writer.BeginObject();
            writer.Field("id"u8, id);
            writer.Field("level"u8, level);
            writer.EndObject();
        }
        writer.EndArray();
    }
}
