using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// A vessel's latest position report as plain values, kept in its <see cref="VesselSlot"/> instead of a new
/// <see cref="VesselState"/>: the writer records one per position without allocating, and a reader turns it into a
/// state only when it asks for the vessel.
/// </summary>
/// <remarks>
/// <see cref="HasPosition"/> false means the report only changed the station's class (it had no position, or an older
/// one than held): the state keeps its base's position.
/// </remarks>
internal readonly record struct PositionFix(
    bool HasPosition,
    double Latitude,
    double Longitude,
    double? SpeedKnots,
    double? CourseDegrees,
    int? HeadingDegrees,
    int? NavigationStatus,
    int? AltitudeMeters,
    bool HighAccuracy,
    int MessageType,
    string? Source,
    DateTimeOffset ReceivedAt,
    ConfidentialityLabel PositionLabel,
    VesselClass Class,
    ConfidentialityLabel Label,
    DateTimeOffset LastReceivedAt)
{
    /// <summary>The state <paramref name="baseState"/> becomes with this fix applied.</summary>
    public VesselState AppliedTo(VesselState baseState) => new VesselStateDraft(baseState, in this).ToState();
}
