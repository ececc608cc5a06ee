namespace Concert.Maritime.Archive;

/// <summary>A latitude/longitude box in degrees, edges included. Boxes crossing the antimeridian are not supported.</summary>
/// <param name="South">Southern edge (−90..90).</param>
/// <param name="West">Western edge (−180..180).</param>
/// <param name="North">Northern edge, not south of <paramref name="South"/>.</param>
/// <param name="East">Eastern edge, not west of <paramref name="West"/>.</param>
public readonly record struct GeoBox(double South, double West, double North, double East)
{
    /// <summary>The whole world.</summary>
    public static GeoBox World => new(-90, -180, 90, 180);
}
