using Concert.Apis.Contracts;

namespace Concert.Hubs;

/// <summary>The "changes" message: what changed in the subscribed viewport since the previous message.</summary>
/// <param name="At">The picture time of the push.</param>
/// <param name="Labels">The distinct labels of <paramref name="Updated"/>, each once; indexes are this message's own.</param>
/// <param name="Updated">Vessels new in the view or changed, latest state only, ordered by MMSI, each naming its label by index into <paramref name="Labels"/>.</param>
/// <param name="Removed">MMSIs that left the view: moved out, lost, or no longer released to the user.</param>
/// <param name="Dropped">Vessel changes discarded since the last message because the client read too slowly.</param>
internal sealed record ViewportChanges(
    DateTimeOffset At, IReadOnlyList<LabelResponse> Labels, IReadOnlyList<ListedVesselResponse> Updated, IReadOnlyList<uint> Removed, int Dropped);
