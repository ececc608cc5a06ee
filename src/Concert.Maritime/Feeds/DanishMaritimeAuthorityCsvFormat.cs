using System.Globalization;

namespace Concert.Maritime.Feeds;

/// <summary>
/// The Danish Maritime Authority's AIS CSV: <c># Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,
/// ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,…</c>, times as <c>dd/MM/yyyy HH:mm:ss</c> UTC, navigational status
/// as text. Rows with latitude 91 or longitude 181 (no position, as base stations often send) are skipped as such.
/// </summary>
internal sealed class DanishMaritimeAuthorityCsvFormat : CsvPositionFormat
{
    private static readonly string[] Columns = ["Timestamp", "Type of mobile", "MMSI", "Latitude", "Longitude", "Navigational status", "SOG", "COG", "Heading"];

    // The texts the DMA writes for ITU-R M.1371 navigational status codes 0..15.
    private static readonly Dictionary<string, byte> StatusCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Under way using engine"] = 0,
        ["At anchor"] = 1,
        ["Not under command"] = 2,
        ["Restricted maneuverability"] = 3,
        ["Restricted manoeuvrability"] = 3,
        ["Constrained by her draught"] = 4,
        ["Moored"] = 5,
        ["Aground"] = 6,
        ["Engaged in fishing"] = 7,
        ["Under way sailing"] = 8,
        ["Reserved for future amendment [HSC]"] = 9,
        ["Reserved for future amendment [WIG]"] = 10,
        ["Power-driven vessel towing astern"] = 11,
        ["Power-driven vessel pushing ahead or towing alongside"] = 12,
        ["Reserved for future use"] = 13,
        ["AIS-SART"] = 14,
        ["Unknown value"] = 15,
    };

    protected override IReadOnlyList<string> RequiredColumns => Columns;

    protected override bool TryReadRow(IReadOnlyList<string> row, out CsvPosition position, out string reason, out string detail)
    {
        position = default;
        string latitudeText = Field(row, "Latitude"), longitudeText = Field(row, "Longitude");
        if (latitudeText is "91" or "91.0" or "91.000000" || longitudeText is "181" or "181.0" or "181.000000")
        {
            (reason, detail) = ("no position", $"{latitudeText},{longitudeText}");
            return false;
        }
        if (!TryIdentityAndPlace(Field(row, "MMSI"), latitudeText, longitudeText, out uint mmsi, out double latitude, out double longitude, out reason, out detail))
        {
            return false;
        }
        string timeText = Field(row, "Timestamp");
        if (!DateTime.TryParseExact(timeText, "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime time))
        {
            (reason, detail) = ("bad time", timeText);
            return false;
        }
        if (!TryNumber(Field(row, "SOG"), out double? speed) || !TryNumber(Field(row, "COG"), out double? course)
            || !TryNumber(Field(row, "Heading"), out double? heading))
        {
            (reason, detail) = ("bad number", string.Join(',', row));
            return false;
        }
        position = new CsvPosition(
            mmsi, time, latitude, longitude,
            speed is >= 0 and < 102.3 ? speed : null,
            course is >= 0 and < 360 ? course : null,
            heading is >= 0 and < 360 ? (int)heading : null,
            StatusCodes.GetValueOrDefault(Field(row, "Navigational status"), (byte)15),
            Field(row, "Type of mobile") switch { "Class A" => 1, "Class B" => 18, _ => 0 });
        return true;
    }
}
