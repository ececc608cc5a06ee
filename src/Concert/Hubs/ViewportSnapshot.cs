using Concert.Apis.Contracts;

namespace Concert.Hubs;

/// <summary>The "snapshot" message: every released vessel of the subscribed viewport; the client replaces what it holds.</summary>
/// <param name="At">The picture time of the snapshot.</param>
/// <param name="Vessels">The vessels, ordered by MMSI, shaped as the REST viewport's.</param>
internal sealed record ViewportSnapshot(DateTimeOffset At, IReadOnlyList<VesselResponse> Vessels);
