using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Everything the picture knows about one station: its dynamic report merged with its static and voyage data, each
/// part with the message, station and time it came from. Immutable: an update makes a new state, so a reader can keep
/// one without locks.
/// </summary>
public sealed record VesselState
{
    /// <summary>Creates the empty state of a station that has just been heard of.</summary>
    /// <param name="mmsi">The station's MMSI.</param>
    /// <param name="label">The label of the first data about it.</param>
    public VesselState(uint mmsi, ConfidentialityLabel label)
    {
        Mmsi = mmsi;
        Identity = MaritimeIdentity.Of(mmsi);
        Label = label;
    }

    /// <summary>The station's MMSI.</summary>
    public uint Mmsi { get; }

    /// <summary>The kind of station and flag its MMSI claims.</summary>
    public MaritimeIdentity Identity { get; }

    /// <summary>The flag from the MMSI's MID, or null when there is none.</summary>
    public FlagState? Flag => Identity.Flag;

    /// <summary>Class A, class B, SAR aircraft or aid to navigation, from the message types heard.</summary>
    public VesselClass Class { get; init; }

    /// <summary>The last position, or null before the first position report.</summary>
    public VesselPosition? Position { get; init; }

    /// <summary>The broadcast name, or null before static data.</summary>
    public VesselName? Name { get; init; }

    /// <summary>Ship type and dimensions, or null before static data.</summary>
    public ShipParticulars? Particulars { get; init; }

    /// <summary>Call sign and IMO number, or null before static data.</summary>
    public VesselRegistration? Registration { get; init; }

    /// <summary>Destination, draught and ETA, or null before a type 5.</summary>
    public VoyageData? Voyage { get; init; }

    /// <summary>
    /// The label of the state as a whole: the parts' labels combined with <see cref="LabelCombiner"/> when they differ,
    /// so the state is released only to whoever every contributing source is released to.
    /// </summary>
    public ConfidentialityLabel Label { get; init; }

    /// <summary>When the latest message merged into this state was received.</summary>
    public DateTimeOffset LastReceivedAt { get; init; }

    /// <summary>Age of the last position at <paramref name="at"/>, or null without a position.</summary>
    /// <param name="at">The time of the picture.</param>
    public TimeSpan? PositionAge(DateTimeOffset at) => Position is { } position ? at - position.Provenance.ReceivedAt : null;

    /// <summary>
    /// Staleness at <paramref name="at"/>, judged by the last position (or, without one, by the last message).
    /// </summary>
    /// <param name="at">The time of the picture.</param>
    /// <param name="options">The thresholds.</param>
    public Staleness StalenessAt(DateTimeOffset at, PictureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Classify(PositionAge(at) ?? at - LastReceivedAt);
    }

    /// <summary>The provenance of every part present, position first.</summary>
    public IEnumerable<Provenance> Provenances()
    {
        if (Position is not null)
        {
            yield return Position.Provenance;
        }
        if (Name is not null)
        {
            yield return Name.Provenance;
        }
        if (Particulars is not null)
        {
            yield return Particulars.Provenance;
        }
        if (Registration is not null)
        {
            yield return Registration.Provenance;
        }
        if (Voyage is not null)
        {
            yield return Voyage.Provenance;
        }
    }
}
