using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Concert.Apis.Contracts;

namespace Concert.Apis;

/// <summary>
/// Writes a viewport's vessels as GeoJSON (RFC 7946, one Point feature each), as CSV (RFC 4180) or as KML 2.2 (OGC
/// 07-147r2, one Placemark each).
/// </summary>
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

    /// <summary>The KML 2.2 namespace.</summary>
    public const string KmlNamespace = "http://www.opengis.net/kml/2.2";

    /// <summary>
    /// A KML 2.2 document: per vessel a Placemark named by the vessel's name (else its MMSI), a description with the
    /// MMSI, ship type, time and label marking, a TimeStamp, the fields as ExtendedData and a Point at
    /// "longitude,latitude" (KML's order). Text is escaped by the XML writer.
    /// </summary>
    /// <param name="vessels">The released vessels.</param>
    /// <param name="title">The document's name.</param>
    public static byte[] Kml(IReadOnlyList<VesselResponse> vessels, string title)
    {
        ArgumentNullException.ThrowIfNull(vessels);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("kml", KmlNamespace);
            xml.WriteStartElement("Document", KmlNamespace);
            xml.WriteElementString("name", KmlNamespace, title);
            foreach (VesselResponse vessel in vessels)
            {
                string mmsi = Number(vessel.Mmsi);
                string time = vessel.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                xml.WriteStartElement("Placemark", KmlNamespace);
                xml.WriteAttributeString("id", "vessel-" + mmsi);
                xml.WriteElementString("name", KmlNamespace, vessel.Name ?? mmsi);
                xml.WriteElementString("description", KmlNamespace, string.Join('\n',
                    $"MMSI: {mmsi}", $"Type: {vessel.ShipType ?? "unknown"}", $"Time: {time}", $"Label: {vessel.Label.Marking}"));
                xml.WriteStartElement("TimeStamp", KmlNamespace);
                xml.WriteElementString("when", KmlNamespace, time);
                xml.WriteEndElement();
                xml.WriteStartElement("ExtendedData", KmlNamespace);
                WriteKmlData(xml, "mmsi", mmsi);
                WriteKmlData(xml, "callSign", vessel.CallSign);
                WriteKmlData(xml, "imo", OptionalNumber(vessel.Imo));
                WriteKmlData(xml, "shipType", vessel.ShipType);
                WriteKmlData(xml, "speedKnots", OptionalNumber(vessel.SpeedKnots));
                WriteKmlData(xml, "courseDegrees", OptionalNumber(vessel.CourseDegrees));
                WriteKmlData(xml, "headingDegrees", OptionalNumber(vessel.HeadingDegrees));
                WriteKmlData(xml, "classification", vessel.Label.Classification);
                WriteKmlData(xml, "marking", vessel.Label.Marking);
                xml.WriteEndElement();
                xml.WriteStartElement("Point", KmlNamespace);
                xml.WriteElementString("coordinates", KmlNamespace, Number(vessel.Longitude) + "," + Number(vessel.Latitude));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    // An ExtendedData field; absent when there is no value.
    private static void WriteKmlData(XmlWriter xml, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("Data", KmlNamespace);
        xml.WriteAttributeString("name", name);
        xml.WriteElementString("value", KmlNamespace, value);
        xml.WriteEndElement();
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
