namespace Concert.Maritime.Ingest;

/// <summary>
/// What a vessel says about itself (types 5, 19 and 24), or what an aid to
/// navigation says of itself (type 21): identity, type, dimensions and voyage. Fields a message type
/// does not carry are null. Immutable.
/// </summary>
/// <param name="TimeMicros">Receive time in Unix microseconds.</param>
/// <param name="Mmsi">The vessel's MMSI.</param>
/// <param name="MessageType">5, 19, 21 or 24.</param>
/// <param name="Name">Vessel name, trimmed, or null.</param>
/// <param name="CallSign">Call sign, trimmed, or null.</param>
/// <param name="Imo">IMO number, or null.</param>
/// <param name="ShipType">Ship and cargo type code, or null.</param>
/// <param name="ToBow">Metres from the reference point to the bow, or null.</param>
/// <param name="ToStern">Metres to the stern, or null.</param>
/// <param name="ToPort">Metres to port, or null.</param>
/// <param name="ToStarboard">Metres to starboard, or null.</param>
/// <param name="DraughtDecimetres">Draught in 1/10 metre, or null.</param>
/// <param name="Destination">Destination, trimmed, or null.</param>
/// <param name="Eta">A type 5's ETA as <see cref="PackedEta"/> packs it (raw fields), else null.</param>
/// <param name="AidType">A type 21's aid-to-navigation type code, else null.</param>
/// <param name="PayloadHash">Hash of the payload: the de-duplication key.</param>
/// <param name="SourceId">The feed it was received from.</param>
/// <param name="LabelId">The archive's id of its confidentiality label.</param>
public sealed record VesselStaticRecord(
    long TimeMicros,
    uint Mmsi,
    byte MessageType,
    string? Name,
    string? CallSign,
    uint? Imo,
    byte? ShipType,
    ushort? ToBow,
    ushort? ToStern,
    byte? ToPort,
    byte? ToStarboard,
    byte? DraughtDecimetres,
    string? Destination,
    uint? Eta,
    byte? AidType,
    ulong PayloadHash,
    ushort SourceId,
    ushort LabelId);
