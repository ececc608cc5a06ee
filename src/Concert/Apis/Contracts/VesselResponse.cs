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
/// <param name="ShipTypeCode">Its ship and cargo type code (0..99), when known: the map colours vessels by it.</param>
/// <param name="Flag">The ISO 3166 alpha-3 code of the flag its MMSI claims, when the MMSI has one.</param>
/// <param name="FlagName">The ITU's name of that flag's administration, when the MMSI has one.</param>
/// <param name="MessageType">The AIS message type the position came from (0 for a CSV import).</param>
/// <param name="Receiver">The receiving station of the position from the tag block, when the feed named it.</param>
/// <param name="Receivers">How many receptions of the position's message were merged into it (archive only).</param>
/// <param name="Destination">The destination the crew declared (type 5), when known (one live vessel only).</param>
/// <param name="Eta">The declared estimated time of arrival as "MM-DDTHH:MMZ" (AIS sends no year; gpsd's form), when complete.</param>
/// <param name="DraughtMetres">The declared present static draught in metres, when known.</param>
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
    LabelResponse Label,
    int? ShipTypeCode = null,
    string? Flag = null,
    string? FlagName = null,
    int MessageType = 0,
    string? Receiver = null,
    int? Receivers = null,
    string? Destination = null,
    string? Eta = null,
    double? DraughtMetres = null);
