using System.Globalization;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// The partial ISO 8601 times gpsd builds from an application's raw month, day, hour and minute fields, printed as they
/// are ("not available" codes included, e.g. hour 24).
/// </summary>
internal static class GpsdPartialTimes
{
    /// <summary><c>MM-DDTHH:MMZ</c>, gpsd's departure, arrival, ETA and route start.</summary>
    public static string MonthDayTimeUtc(int month, int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}T{hour:D2}:{minute:D2}Z");

    /// <summary><c>MM-DDTHH:MM</c> without the zone letter, as gpsd prints the fairway-closed period.</summary>
    public static string MonthDayTime(int month, int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}T{hour:D2}:{minute:D2}");

    /// <summary><c>DDTHH:MMZ</c>, gpsd's meteorological observation timestamp.</summary>
    public static string DayTimeUtc(int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:D2}T{hour:D2}:{minute:D2}Z");
}
