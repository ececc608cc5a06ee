namespace Concert.Apis.Contracts;

/// <summary>
/// A vessel of a list that sends each distinct label once (<see cref="ViewportResponse"/>, the live hub's messages): the
/// same fields as <see cref="VesselResponse"/>, its label given by its index into the list's labels.
/// </summary>
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
/// <param name="LabelIndex">The index of the label of the data in the list's labels.</param>
/// <param name="ShipTypeCode">Its ship and cargo type code (0..99), when known: the map colours vessels by it.</param>
/// <param name="Flag">The ISO 3166 alpha-3 code of the flag its MMSI claims, when the MMSI has one.</param>
/// <param name="FlagName">The ITU's name of that flag's administration, when the MMSI has one.</param>
/// <param name="MessageType">The AIS message type the position came from (0 for a CSV import).</param>
/// <param name="Receiver">The receiving station of the position from the tag block, when the feed named it.</param>
/// <param name="Receivers">How many receptions of the position's message were merged into it (archive only).</param>
internal sealed record ListedVesselResponse(
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
    int LabelIndex,
    int? ShipTypeCode = null,
    string? Flag = null,
    string? FlagName = null,
    int MessageType = 0,
    string? Receiver = null,
    int? Receivers = null);
