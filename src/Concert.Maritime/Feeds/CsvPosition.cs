namespace Concert.Maritime.Feeds;

/// <summary>The position one CSV row reports, in real units, before it becomes a record.</summary>
/// <param name="Mmsi">The vessel.</param>
/// <param name="Time">When, UTC.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="SpeedKnots">Speed over ground, or null.</param>
/// <param name="CourseDegrees">Course over ground, or null.</param>
/// <param name="HeadingDegrees">True heading, or null.</param>
/// <param name="Status">Navigational status code, 15 when not given.</param>
/// <param name="MessageType">1 for class A, 18 for class B, 0 when the file does not say.</param>
internal readonly record struct CsvPosition(
    uint Mmsi,
    DateTime Time,
    double Latitude,
    double Longitude,
    double? SpeedKnots,
    double? CourseDegrees,
    int? HeadingDegrees,
    byte Status,
    byte MessageType);
