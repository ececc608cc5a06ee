namespace Concert.Maritime.Picture;

/// <summary>A vessel's last reported position and motion.</summary>
/// <param name="Latitude">Degrees, north positive.</param>
/// <param name="Longitude">Degrees, east positive, −180..180.</param>
/// <param name="SpeedKnots">Speed over ground, or null when not reported.</param>
/// <param name="CourseDegrees">Course over ground, or null when not reported.</param>
/// <param name="HeadingDegrees">True heading, or null when not reported.</param>
/// <param name="NavigationStatus">Navigational status code (types 1–3 and 27), or null when the message has none.</param>
/// <param name="AltitudeMeters">Altitude of a SAR aircraft (type 9), else null.</param>
/// <param name="HighAccuracy">The position accuracy flag: true when better than 10 m.</param>
/// <param name="Provenance">The message that gave it.</param>
public sealed record VesselPosition(
    double Latitude,
    double Longitude,
    double? SpeedKnots,
    double? CourseDegrees,
    int? HeadingDegrees,
    int? NavigationStatus,
    int? AltitudeMeters,
    bool HighAccuracy,
    Provenance Provenance);
