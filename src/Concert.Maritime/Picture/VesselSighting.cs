namespace Concert.Maritime.Picture;

/// <summary>A vessel as a viewport query found it: its state and how current it was at the query time.</summary>
/// <param name="State">The vessel's state (never without a position).</param>
/// <param name="Age">Age of the position at the query time.</param>
/// <param name="Staleness">The staleness that age gives by the picture's thresholds.</param>
public readonly record struct VesselSighting(VesselState State, TimeSpan Age, Staleness Staleness);
