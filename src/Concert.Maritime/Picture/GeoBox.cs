namespace Concert.Maritime.Picture;

/// <summary>
/// A latitude/longitude box, edges included. When <see cref="West"/> is greater than <see cref="East"/> the box crosses
/// the antimeridian: it runs east from <see cref="West"/> to 180° and on from −180° to <see cref="East"/>.
/// </summary>
public readonly record struct GeoBox
{
    /// <summary>Creates a box.</summary>
    /// <param name="south">Southern edge, −90..90.</param>
    /// <param name="west">Western edge, −180..180.</param>
    /// <param name="north">Northern edge, south..90.</param>
    /// <param name="east">Eastern edge, −180..180; less than <paramref name="west"/> for a box across the antimeridian.</param>
    /// <exception cref="ArgumentOutOfRangeException">An edge out of range, or north below south.</exception>
    public GeoBox(double south, double west, double north, double east)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(south, -90);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(north, 90);
        ArgumentOutOfRangeException.ThrowIfLessThan(north, south);
        ArgumentOutOfRangeException.ThrowIfLessThan(west, -180);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(west, 180);
        ArgumentOutOfRangeException.ThrowIfLessThan(east, -180);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(east, 180);
        South = south;
        West = west;
        North = north;
        East = east;
    }

    /// <summary>The whole globe.</summary>
    public static GeoBox World { get; } = new(-90, -180, 90, 180);

    /// <summary>Southern edge in degrees.</summary>
    public double South { get; }

    /// <summary>Western edge in degrees.</summary>
    public double West { get; }

    /// <summary>Northern edge in degrees.</summary>
    public double North { get; }

    /// <summary>Eastern edge in degrees.</summary>
    public double East { get; }

    /// <summary>True when the box crosses the antimeridian.</summary>
    public bool CrossesAntimeridian => West > East;

    /// <summary>True when the point lies in the box, edges included.</summary>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east, −180..180.</param>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (CrossesAntimeridian ? longitude >= West || longitude <= East : longitude >= West && longitude <= East);
}
