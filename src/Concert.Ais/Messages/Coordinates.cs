namespace Concert.Ais.Messages;

/// <summary>Converts raw AIS coordinates to degrees, mapping the "not available" values (181°, 91°) to null.</summary>
public static class Coordinates
{
    /// <summary>Longitude in degrees from a raw value in units of 1/<paramref name="unitsPerDegree"/> degree, or null.</summary>
    /// <param name="raw">The raw signed value.</param>
    /// <param name="unitsPerDegree">600,000 for 1/10,000 minute, 600 for 1/10 minute, 60,000 for 1/1,000 minute.</param>
    public static double? Longitude(int raw, double unitsPerDegree)
    {
        double degrees = raw / unitsPerDegree;
        return degrees is > 180 or < -180 ? null : degrees;
    }

    /// <summary>Latitude in degrees from a raw value in units of 1/<paramref name="unitsPerDegree"/> degree, or null.</summary>
    /// <param name="raw">The raw signed value.</param>
    /// <param name="unitsPerDegree">600,000 for 1/10,000 minute, 600 for 1/10 minute, 60,000 for 1/1,000 minute.</param>
    public static double? Latitude(int raw, double unitsPerDegree)
    {
        double degrees = raw / unitsPerDegree;
        return degrees is > 90 or < -90 ? null : degrees;
    }
}
