using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// The parts of a vessel's state while a full merge changes them: taken from the current state (or from the slot's
/// base and pending fix, without building the state the two make), changed in place, and made into one new
/// <see cref="VesselState"/> by <see cref="ToState"/>. A merge of static data so costs one state instead of three.
/// </summary>
internal struct VesselStateDraft
{
    // The state the draft started from: its MMSI and identity, which no merge changes, are copied from it.
    private readonly VesselState _origin;

    /// <summary>A draft of <paramref name="state"/> as it is.</summary>
    public VesselStateDraft(VesselState state)
    {
        _origin = state;
        Class = state.Class;
        Position = state.Position;
        Name = state.Name;
        Particulars = state.Particulars;
        Registration = state.Registration;
        Voyage = state.Voyage;
        Label = state.Label;
        LastReceivedAt = state.LastReceivedAt;
    }

    /// <summary>A draft of the state <paramref name="baseState"/> becomes with <paramref name="fix"/> applied.</summary>
    public VesselStateDraft(VesselState baseState, in PositionFix fix)
        : this(baseState)
    {
        Class = fix.Class;
        if (fix.HasPosition)
        {
            Position = new VesselPosition(
                fix.Latitude, fix.Longitude, fix.SpeedKnots, fix.CourseDegrees, fix.HeadingDegrees, fix.NavigationStatus,
                fix.AltitudeMeters, fix.HighAccuracy, new Provenance(fix.MessageType, fix.Source, fix.ReceivedAt, fix.PositionLabel));
        }
        Label = fix.Label;
        LastReceivedAt = fix.LastReceivedAt;
    }

    /// <summary>See <see cref="VesselState.Class"/>.</summary>
    public VesselClass Class { get; set; }

    /// <summary>See <see cref="VesselState.Position"/>.</summary>
    public VesselPosition? Position { get; set; }

    /// <summary>See <see cref="VesselState.Name"/>.</summary>
    public VesselName? Name { get; set; }

    /// <summary>See <see cref="VesselState.Particulars"/>.</summary>
    public ShipParticulars? Particulars { get; set; }

    /// <summary>See <see cref="VesselState.Registration"/>.</summary>
    public VesselRegistration? Registration { get; set; }

    /// <summary>See <see cref="VesselState.Voyage"/>.</summary>
    public VoyageData? Voyage { get; set; }

    /// <summary>See <see cref="VesselState.Label"/>.</summary>
    public ConfidentialityLabel Label { get; set; }

    /// <summary>See <see cref="VesselState.LastReceivedAt"/>.</summary>
    public DateTimeOffset LastReceivedAt { get; set; }

    /// <summary>The state the draft describes, new.</summary>
    public readonly VesselState ToState() => _origin with
    {
        Class = Class,
        Position = Position,
        Name = Name,
        Particulars = Particulars,
        Registration = Registration,
        Voyage = Voyage,
        Label = Label,
        LastReceivedAt = LastReceivedAt,
    };
}
