using System.Globalization;

namespace Concert.Ais.Messages;

/// <summary>
/// gpsd's ISO-8601-like texts built from raw date fields, printed even when a part is "not available" (so
/// <c>0000-00-00T24:60:60Z</c> or an ETA of <c>00-00T24:60Z</c> are what gpsdecode writes).
/// </summary>
internal static class GpsdTimeTexts
{
    /// <summary>Types 4 and 11: <c>%04u-%02u-%02uT%02u:%02u:%02uZ</c> (a 14-bit year can take five digits).</summary>
    public static string Timestamp(int year, int month, int day, int hour, int minute, int second) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}Z");

    /// <summary>Type 5: <c>%02u-%02uT%02u:%02uZ</c>, an estimated time of arrival without a year.</summary>
    public static string Eta(int month, int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}T{hour:D2}:{minute:D2}Z");
}
