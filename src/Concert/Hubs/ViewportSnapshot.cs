using Concert.Apis.Contracts;

namespace Concert.Hubs;

/// <summary>The "snapshot" message: every released vessel of the subscribed viewport; the client replaces what it holds.</summary>
/// <param name="At">The picture time of the snapshot.</param>
/// <param name="Labels">The distinct labels of <paramref name="Vessels"/>, each once.</param>
/// <param name="Vessels">The vessels, ordered by MMSI, shaped as the REST viewport's: each names its label by index into <paramref name="Labels"/>.</param>
internal sealed record ViewportSnapshot(DateTimeOffset At, IReadOnlyList<LabelResponse> Labels, IReadOnlyList<ListedVesselResponse> Vessels);
