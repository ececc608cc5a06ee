using Concert.Apis.Contracts;
using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>Maps live-picture states and archived positions to <see cref="VesselResponse"/>.</summary>
internal static class VesselResponses
{
    /// <summary>A live-picture sighting.</summary>
    /// <param name="sighting">The vessel and its age at the asked time.</param>
    public static VesselResponse ToResponse(this VesselSighting sighting) =>
        ToResponse(sighting.State, sighting.Staleness);

    /// <summary>A live-picture state with a position.</summary>
    /// <param name="state">The vessel.</param>
    /// <param name="staleness">Its staleness at the asked time.</param>
    public static VesselResponse ToResponse(this VesselState state, Staleness staleness)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ToResponse(staleness, state.Label.ToResponse());
    }

    /// <summary>A live-picture state with a position, its label's response already made (vessels share a few labels).</summary>
    /// <param name="state">The vessel.</param>
    /// <param name="staleness">Its staleness at the asked time.</param>
    /// <param name="label">The response of <paramref name="state"/>'s label.</param>
    public static VesselResponse ToResponse(this VesselState state, Staleness staleness, LabelResponse label)
    {
        ArgumentNullException.ThrowIfNull(state);
        VesselPosition position = state.Position ?? throw new ArgumentException("The vessel has no position.", nameof(state));
        return new VesselResponse(
            state.Mmsi, state.Name?.Name, state.Registration?.CallSign, state.Registration?.Imo, state.Particulars?.ShipTypeDescription,
            position.Latitude, position.Longitude, position.SpeedKnots, position.CourseDegrees, position.HeadingDegrees,
            position.Provenance.ReceivedAt, staleness.ToString(), "picture", label,
            ShipTypeCode: state.Particulars?.ShipType, Flag: state.Flag?.Country.Code, FlagName: state.Flag?.Name,
            MessageType: position.Provenance.MessageType, Receiver: position.Provenance.Source);
    }

    /// <summary>An archived position with the static data the archive kept for its vessel.</summary>
    /// <param name="record">The position.</param>
    /// <param name="identity">The vessel's static data at the asked time, or null when the archive has none.</param>
    /// <param name="label">The label of the position and static data together.</param>
    public static VesselResponse ToResponse(this PositionRecord record, ArchivedIdentity? identity, ConfidentialityLabel label)
    {
        FlagState? flag = MaritimeIdentity.Of(record.Mmsi).Flag;
        return new(
            record.Mmsi, identity?.Name, identity?.CallSign, identity?.Imo,
            identity?.ShipType is byte type ? ShipTypeText.Of(type) : null, record.Latitude, record.Longitude, record.SpeedKnots,
            record.CourseDegrees, record.HeadingDegrees, record.Time, null, "archive", label.ToResponse(),
            ShipTypeCode: identity?.ShipType, Flag: flag?.Country.Code, FlagName: flag?.Name, MessageType: record.MessageType,
            Receivers: record.Receivers);
    }

    /// <summary>An archived position as a track point.</summary>
    /// <param name="record">The position.</param>
    public static TrackPointResponse ToTrackPoint(this PositionRecord record) =>
        new(record.Time, record.Latitude, record.Longitude, record.SpeedKnots, record.CourseDegrees, record.HeadingDegrees);
}
