using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>Writes labels into API answers.</summary>
internal static class LabelResponses
{
    /// <summary>The response form of a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The response.</returns>
    public static LabelResponse ToResponse(this ConfidentialityLabel label) => new(
        label.ToString(),
        label.PolicyIdentifier,
        label.Classification.ToMarking(),
        [.. label.ReleasableToNations.ToArray().Select(nation => nation.Code)],
        [.. label.ReleasableToCommunities.Select(community => community.Identifier)],
        label.Caveats,
        LabelStore.CanonicalXml(label));
}
