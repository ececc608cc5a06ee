using System.Globalization;

namespace Concert.Maritime.Feeds;

/// <summary>
/// NOAA / BOEM MarineCadastre AIS CSV: <c>MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,
/// Status,Length,Width,Draft,Cargo,TransceiverClass</c>, times as ISO 8601 UTC (<c>2022-01-03T00:00:00</c>), speed in
/// knots, course and heading in degrees with AIS's "not available" values (102.3, 360, 511).
/// </summary>
internal sealed class MarineCadastreCsvFormat : CsvPositionFormat
{
    private static readonly string[] Columns = ["MMSI", "BaseDateTime", "LAT", "LON", "SOG", "COG", "Heading", "Status", "TransceiverClass"];

    protected override IReadOnlyList<string> RequiredColumns => Columns;

    protected override bool TryReadRow(IReadOnlyList<string> row, out CsvPosition position, out string reason, out string detail)
    {
        position = default;
        if (!TryIdentityAndPlace(Field(row, "MMSI"), Field(row, "LAT"), Field(row, "LON"), out uint mmsi, out double latitude, out double longitude, out reason, out detail))
        {
            return false;
        }
        string timeText = Field(row, "BaseDateTime");
        if (!DateTime.TryParseExact(timeText, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime time))
        {
            (reason, detail) = ("bad time", timeText);
            return false;
        }
        if (!TryNumber(Field(row, "SOG"), out double? speed) || !TryNumber(Field(row, "COG"), out double? course)
            || !TryNumber(Field(row, "Heading"), out double? heading) || !TryNumber(Field(row, "Status"), out double? status))
        {
            (reason, detail) = ("bad number", string.Join(',', row));
            return false;
        }
        position = new CsvPosition(
            mmsi, time, latitude, longitude,
            speed is >= 0 and < 102.3 ? speed : null,
            course is >= 0 and < 360 ? course : null,
            heading is >= 0 and < 360 ? (int)heading : null,
            status is >= 0 and <= 15 ? (byte)status : (byte)15,
            Field(row, "TransceiverClass") switch { "A" => 1, "B" => 18, _ => 0 });
        return true;
    }
}
