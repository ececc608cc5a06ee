namespace Concert.Apis.Contracts;

/// <summary>One archived position of a vessel's track.</summary>
/// <param name="Time">When it was received.</param>
/// <param name="Latitude">Degrees, north positive.</param>
/// <param name="Longitude">Degrees, east positive.</param>
/// <param name="SpeedKnots">Speed over ground, when reported.</param>
/// <param name="CourseDegrees">Course over ground, when reported.</param>
/// <param name="HeadingDegrees">True heading, when reported.</param>
internal sealed record TrackPointResponse(DateTimeOffset Time, double Latitude, double Longitude, double? SpeedKnots, double? CourseDegrees, int? HeadingDegrees);
