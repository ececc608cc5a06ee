namespace Concert.Maritime.Exercise;

/// <summary>A point on the Earth in degrees (WGS 84), with the plane-sailing arithmetic the simulator needs.</summary>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public readonly record struct LatLon(double Latitude, double Longitude)
{
    private const double EarthRadiusNauticalMiles = 3440.065;

    /// <summary>Great-circle distance in nautical miles.</summary>
    /// <param name="other">The other point.</param>
    public double DistanceTo(LatLon other)
    {
        double phi1 = Radians(Latitude), phi2 = Radians(other.Latitude);
        double dPhi = phi2 - phi1, dLambda = Radians(other.Longitude - Longitude);
        double a = Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2) + Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2);
        return 2 * EarthRadiusNauticalMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Initial true bearing to <paramref name="other"/> in degrees, 0..360.</summary>
    /// <param name="other">The other point.</param>
    public double BearingTo(LatLon other)
    {
        double phi1 = Radians(Latitude), phi2 = Radians(other.Latitude), dLambda = Radians(other.Longitude - Longitude);
        double y = Math.Sin(dLambda) * Math.Cos(phi2);
        double x = Math.Cos(phi1) * Math.Sin(phi2) - Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(dLambda);
        return (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
    }

    /// <summary>The point <paramref name="distance"/> nautical miles away on <paramref name="bearing"/> (plane sailing).</summary>
    /// <param name="bearing">True bearing in degrees.</param>
    /// <param name="distance">Distance in nautical miles; short distances only (a few hundred miles).</param>
    public LatLon Offset(double bearing, double distance)
    {
        double latitude = Latitude + distance * Math.Cos(Radians(bearing)) / 60;
        double meanLatitude = Radians((Latitude + latitude) / 2);
        double longitude = Longitude + distance * Math.Sin(Radians(bearing)) / (60 * Math.Cos(meanLatitude));
        return new LatLon(latitude, longitude);
    }

    /// <summary>The point a <paramref name="fraction"/> of the way to <paramref name="other"/> (linear in degrees).</summary>
    /// <param name="other">The end point.</param>
    /// <param name="fraction">0 gives this point, 1 the other.</param>
    public LatLon Toward(LatLon other, double fraction) =>
        new(Latitude + (other.Latitude - Latitude) * fraction, Longitude + (other.Longitude - Longitude) * fraction);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
