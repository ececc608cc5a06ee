namespace Concert.Maritime.Picture;

/// <summary>One vessel's coalesced change in a subscribed viewport: the latest state only, however many updates came.</summary>
/// <param name="Kind">Entered, updated or left.</param>
/// <param name="Mmsi">The vessel's MMSI.</param>
/// <param name="State">The latest state; for <see cref="VesselChangeKind.Left"/> only when still releasable (moved out).</param>
public readonly record struct VesselChange(VesselChangeKind Kind, uint Mmsi, VesselState? State);
