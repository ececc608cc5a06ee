using System.Globalization;
using System.Text;
using System.Text.Json;
using Concert.Apis.Contracts;

namespace Concert.Apis;

/// <summary>Writes a viewport's vessels as GeoJSON (RFC 7946, one Point feature each) or as CSV (RFC 4180).</summary>
internal static class VesselExport
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "mmsi,name,call_sign,imo,latitude,longitude,speed_knots,course_degrees,heading_degrees,time,classification";

    /// <summary>A GeoJSON FeatureCollection; coordinates are [longitude, latitude] as RFC 7946 orders them.</summary>
    /// <param name="vessels">The released vessels.</param>
    public static byte[] GeoJson(IReadOnlyList<VesselResponse> vessels)
    {
        ArgumentNullException.ThrowIfNull(vessels);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (VesselResponse vessel in vessels)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(vessel.Longitude);
                json.WriteNumberValue(vessel.Latitude);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteNumber("mmsi", vessel.Mmsi);
                WriteOptional(json, "name", vessel.Name);
                WriteOptional(json, "callSign", vessel.CallSign);
                if (vessel.Imo is { } imo)
                {
                    json.WriteNumber("imo", imo);
                }

                json.WriteString("time", vessel.Time);
                json.WriteString("classification", vessel.Label.Classification);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>CSV with <see cref="CsvHeader"/>, invariant numbers, fields quoted when they hold a comma or quote.</summary>
    /// <param name="vessels">The released vessels.</param>
    public static byte[] Csv(IReadOnlyList<VesselResponse> vessels)
    {
        ArgumentNullException.ThrowIfNull(vessels);
        var text = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (VesselResponse vessel in vessels)
        {
            text.AppendJoin(',',
                Number(vessel.Mmsi), Quote(vessel.Name), Quote(vessel.CallSign), OptionalNumber(vessel.Imo), Number(vessel.Latitude),
                Number(vessel.Longitude), OptionalNumber(vessel.SpeedKnots), OptionalNumber(vessel.CourseDegrees), OptionalNumber(vessel.HeadingDegrees),
                vessel.Time.ToString("O", CultureInfo.InvariantCulture), Quote(vessel.Label.Classification)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string OptionalNumber<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";

    private static string Number<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
