namespace Concert.Apis.Contracts;

/// <summary>
/// The vessels of a viewport with each distinct label sent once: a viewport holds thousands of vessels but a handful of
/// labels, and a label's STANAG 4774 XML is larger than the rest of a vessel.
/// </summary>
/// <param name="Labels">The distinct labels of the vessels, in order of first use.</param>
/// <param name="Vessels">The vessels, ordered by MMSI, each naming its label by index into <paramref name="Labels"/>.</param>
internal sealed record ViewportResponse(IReadOnlyList<LabelResponse> Labels, IReadOnlyList<ListedVesselResponse> Vessels);
