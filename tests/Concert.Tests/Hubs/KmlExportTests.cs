using System.Xml.Linq;
using Concert.Apis;
using Concert.Apis.Contracts;

namespace Concert.Tests.Hubs;

/// <summary>The KML 2.2 writer: well-formed, escaped, one Placemark per vessel with the fields a GIS reads.</summary>
public sealed class KmlExportTests
{
    private static readonly XNamespace Kml = "http://www.opengis.net/kml/2.2";

    [Fact]
    public void Each_vessel_is_a_placemark_with_escaped_name_description_time_and_point()
    {
        var label = new LabelResponse("CONCERT RESTRICTED REL JPN <TEST & CO>", "CONCERT", "RESTRICTED", ["JPN"], [], [], "<x/>");
        VesselResponse[] vessels =
        [
            new(431000001, "A&B <C> \"D'", "JA1X", 9123456, "Cargo", 35.25, 139.5, 12.3, 234.5, 234,
                new DateTimeOffset(2026, 3, 2, 12, 0, 7, TimeSpan.Zero), "Live", "picture", label),
            new(431000002, null, null, null, null, -10.5, -170.25, null, null, null,
                new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.FromHours(9)), "Stale", "picture", label),
        ];

        XDocument document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(VesselExport.Kml(vessels, "Concert vessels")));

        Assert.Equal(Kml + "kml", document.Root!.Name);
        XElement[] placemarks = [.. document.Descendants(Kml + "Placemark")];
        Assert.Equal(2, placemarks.Length);
        Assert.Equal("A&B <C> \"D'", placemarks[0].Element(Kml + "name")!.Value);
        Assert.Equal("139.5,35.25", placemarks[0].Element(Kml + "Point")!.Element(Kml + "coordinates")!.Value);
        Assert.Equal("2026-03-02T12:00:07Z", placemarks[0].Element(Kml + "TimeStamp")!.Element(Kml + "when")!.Value);
        string description = placemarks[0].Element(Kml + "description")!.Value;
        Assert.Contains("MMSI: 431000001", description, StringComparison.Ordinal);
        Assert.Contains("Type: Cargo", description, StringComparison.Ordinal);
        Assert.Contains("Label: CONCERT RESTRICTED REL JPN <TEST & CO>", description, StringComparison.Ordinal);
        Assert.Equal("9123456", Data(placemarks[0], "imo"));

        // Without a name the MMSI names it; the time is written in UTC; absent fields are left out.
        Assert.Equal("431000002", placemarks[1].Element(Kml + "name")!.Value);
        Assert.Equal("2026-03-02T12:00:00Z", placemarks[1].Element(Kml + "TimeStamp")!.Element(Kml + "when")!.Value);
        Assert.Equal("-170.25,-10.5", placemarks[1].Element(Kml + "Point")!.Element(Kml + "coordinates")!.Value);
        Assert.Null(Data(placemarks[1], "imo"));
        Assert.Contains("Type: unknown", placemarks[1].Element(Kml + "description")!.Value, StringComparison.Ordinal);
    }

    private static string? Data(XElement placemark, string name) => placemark.Element(Kml + "ExtendedData")!.Elements(Kml + "Data")
        .SingleOrDefault(data => (string?)data.Attribute("name") == name)?.Element(Kml + "value")!.Value;
}
