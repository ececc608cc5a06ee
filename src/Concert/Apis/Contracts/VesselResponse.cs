namespace Concert.Apis.Contracts;

/// <summary>A vessel as the live picture or the archive knows it at one time.</summary>
/// <param name="Mmsi">Its MMSI.</param>
/// <param name="Name">Its reported name, when known.</param>
/// <param name="CallSign">Its radio call sign, when known.</param>
/// <param name="Imo">Its IMO number, when known.</param>
/// <param name="ShipType">Its ship type in words, when known.</param>
/// <param name="Latitude">Degrees, north positive.</param>
/// <param name="Longitude">Degrees, east positive.</param>
/// <param name="SpeedKnots">Speed over ground, when reported.</param>
/// <param name="CourseDegrees">Course over ground, when reported.</param>
/// <param name="HeadingDegrees">True heading, when reported.</param>
/// <param name="Time">When the position was received.</param>
/// <param name="Staleness">"Fresh", "Stale" or "Lost" at the asked time (live picture only).</param>
/// <param name="Source">"picture" (live) or "archive" (a past time).</param>
/// <param name="Label">The label of the data.</param>
internal sealed record VesselResponse(
    uint Mmsi,
    string? Name,
    string? CallSign,
    uint? Imo,
    string? ShipType,
    double Latitude,
    double Longitude,
    double? SpeedKnots,
    double? CourseDegrees,
    int? HeadingDegrees,
    DateTimeOffset Time,
    string? Staleness,
    string Source,
    LabelResponse Label);
