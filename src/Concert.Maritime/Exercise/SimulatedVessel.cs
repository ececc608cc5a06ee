namespace Concert.Maritime.Exercise;

/// <summary>One transmitter in the exercise: who it says it is, how it moves, and when it is silent.</summary>
/// <remarks>
/// Two transmitters may claim the same MMSI (the spoofing event): each is its own <see cref="SimulatedVessel"/>.
/// </remarks>
public sealed record SimulatedVessel
{
    /// <summary>The MMSI it transmits; its MID matches <see cref="Flag"/>.</summary>
    public required uint Mmsi { get; init; }

    /// <summary>IMO number with a valid check digit, or 0 for vessels without one (fishing, small craft).</summary>
    public required uint Imo { get; init; }

    /// <summary>Ship name, up to 20 characters of the AIS six-bit alphabet.</summary>
    public required string Name { get; init; }

    /// <summary>Call sign, up to 7 characters, in the flag's ITU series.</summary>
    public required string CallSign { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the flag.</summary>
    public required string Flag { get; init; }

    /// <summary>What kind of vessel.</summary>
    public required VesselCategory Category { get; init; }

    /// <summary>ITU ship and cargo type code.</summary>
    public required int ShipType { get; init; }

    /// <summary>Length overall in metres.</summary>
    public required int LengthMeters { get; init; }

    /// <summary>Beam in metres.</summary>
    public required int BeamMeters { get; init; }

    /// <summary>Draught in metres.</summary>
    public required double DraughtMeters { get; init; }

    /// <summary>Declared destination.</summary>
    public required string Destination { get; init; }

    /// <summary>True for a class B transponder (types 18 and 24), false for class A (types 1 and 5).</summary>
    public required bool IsClassB { get; init; }

    /// <summary>The motion.</summary>
    public required IVesselTrack Track { get; init; }

    /// <summary>Intervals when the transponder is switched off (start inclusive, end exclusive).</summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset Until)> Silences { get; init; } = [];

    /// <summary>When the transmitter is on at all; null for always.</summary>
    public (DateTimeOffset From, DateTimeOffset Until)? ActiveWindow { get; init; }

    /// <summary>True when the transponder transmits at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    public bool TransmitsAt(DateTimeOffset at)
    {
        if (ActiveWindow is { } window && (at < window.From || at >= window.Until))
        {
            return false;
        }
        foreach ((DateTimeOffset from, DateTimeOffset until) in Silences)
        {
            if (at >= from && at < until)
            {
                return false;
            }
        }
        return true;
    }
}
