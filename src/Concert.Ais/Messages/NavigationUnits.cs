namespace Concert.Ais.Messages;

/// <summary>
/// Converts the raw speed, course and heading fields that types 1–3, 9, 18 and 19 share to real units, mapping each
/// field's "not available" value to null, so every message type reads them the same way.
/// </summary>
public static class NavigationUnits
{
    /// <summary>Speed over ground in knots from 1/10 knot, or null for 1023 (not available).</summary>
    public static double? SpeedKnots(int raw) => raw == 1023 ? null : raw / 10.0;

    /// <summary>Course over ground in degrees from 1/10 degree, or null for 3600 and above (not available).</summary>
    public static double? CourseDegrees(int raw) => raw >= 3600 ? null : raw / 10.0;

    /// <summary>True heading in degrees, or null for 511 (not available).</summary>
    public static int? HeadingDegrees(int raw) => raw == 511 ? null : raw;
}
