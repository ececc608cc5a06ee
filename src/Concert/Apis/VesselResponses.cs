using System.Globalization;
using Concert.Apis.Contracts;
using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>Maps live-picture states and archived positions to <see cref="VesselResponse"/> and <see cref="ListedVesselResponse"/>.</summary>
internal static class VesselResponses
{
    /// <summary>A live-picture sighting.</summary>
    /// <param name="sighting">The vessel and its age at the asked time.</param>
    public static VesselResponse ToResponse(this VesselSighting sighting) =>
        ToResponse(sighting.State, sighting.Staleness);

    /// <summary>A live-picture state with a position, its label in full (one vessel, or a short list).</summary>
    /// <param name="state">The vessel.</param>
    /// <param name="staleness">Its staleness at the asked time.</param>
    public static VesselResponse ToResponse(this VesselState state, Staleness staleness)
    {
        ArgumentNullException.ThrowIfNull(state);
        VesselPosition position = state.Position ?? throw new ArgumentException("The vessel has no position.", nameof(state));
        return new VesselResponse(
            state.Mmsi, state.Name?.Name, state.Registration?.CallSign, state.Registration?.Imo, state.Particulars?.ShipTypeDescription,
            position.Latitude, position.Longitude, position.SpeedKnots, position.CourseDegrees, position.HeadingDegrees,
            position.Provenance.ReceivedAt, staleness.ToString(), "picture", state.Label.ToResponse(),
            ShipTypeCode: state.Particulars?.ShipType, Flag: state.Flag?.Country.Code, FlagName: state.Flag?.Name,
            MessageType: position.Provenance.MessageType, Receiver: position.Provenance.Source,
            Destination: state.Voyage?.Destination, Eta: EtaText(state.Voyage), DraughtMetres: state.Voyage?.DraughtMeters);
    }

    /// <summary>A declared ETA as gpsd writes it ("05-15T14:00Z"), or null unless month, day, hour and minute are all known.</summary>
    /// <param name="voyage">The voyage data, or null.</param>
    public static string? EtaText(VoyageData? voyage) =>
        voyage is { EtaMonth: int month, EtaDay: int day, EtaHour: int hour, EtaMinute: int minute }
            ? string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}T{hour:00}:{minute:00}Z")
            : null;

    /// <summary>A live-picture state with a position as one of a list, its label by index into the list's labels.</summary>
    /// <param name="state">The vessel.</param>
    /// <param name="staleness">Its staleness at the asked time.</param>
    /// <param name="labels">The list's labels; <paramref name="state"/>'s label is added when new.</param>
    public static ListedVesselResponse ToListedResponse(this VesselState state, Staleness staleness, LabelTable labels)
    {
        ArgumentNullException.ThrowIfNull(state);
        VesselPosition position = state.Position ?? throw new ArgumentException("The vessel has no position.", nameof(state));
        return new ListedVesselResponse(
            state.Mmsi, state.Name?.Name, state.Registration?.CallSign, state.Registration?.Imo, state.Particulars?.ShipTypeDescription,
            position.Latitude, position.Longitude, position.SpeedKnots, position.CourseDegrees, position.HeadingDegrees,
            position.Provenance.ReceivedAt, staleness.ToString(), "picture", labels.IndexOf(state.Label),
            ShipTypeCode: state.Particulars?.ShipType, Flag: state.Flag?.Country.Code, FlagName: state.Flag?.Name,
            MessageType: position.Provenance.MessageType, Receiver: position.Provenance.Source);
    }

    /// <summary>An archived position with the static data the archive kept for its vessel, as one of a list.</summary>
    /// <param name="record">The position.</param>
    /// <param name="identity">The vessel's static data at the asked time, or null when the archive has none.</param>
    /// <param name="label">The label of the position and static data together.</param>
    /// <param name="labels">The list's labels; <paramref name="label"/> is added when new.</param>
    /// <param name="receiver">The name of the receiving station the archive kept for the position, or null.</param>
    public static ListedVesselResponse ToListedResponse(
        this PositionRecord record, ArchivedIdentity? identity, ConfidentialityLabel label, LabelTable labels, string? receiver)
    {
        FlagState? flag = MaritimeIdentity.Of(record.Mmsi).Flag;
        return new(
            record.Mmsi, identity?.Name, identity?.CallSign, identity?.Imo,
            identity?.ShipType is byte type ? ShipTypeText.Of(type) : null, record.Latitude, record.Longitude, record.SpeedKnots,
            record.CourseDegrees, record.HeadingDegrees, record.Time, null, "archive", labels.IndexOf(label),
            ShipTypeCode: identity?.ShipType, Flag: flag?.Country.Code, FlagName: flag?.Name, MessageType: record.MessageType,
            Receiver: receiver, Receivers: record.Receivers);
    }

    /// <summary>An archived position as a track point.</summary>
    /// <param name="record">The position.</param>
    public static TrackPointResponse ToTrackPoint(this PositionRecord record) =>
        new(record.Time, record.Latitude, record.Longitude, record.SpeedKnots, record.CourseDegrees, record.HeadingDegrees);
}
