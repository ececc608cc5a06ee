using System.Collections.Immutable;

namespace Concert.Data;

/// <summary>The stored labels up to a version.</summary>
/// <param name="Version">The highest label id loaded; 0 when there are none.</param>
/// <param name="Labels">The labels in id order.</param>
internal sealed record LabelSnapshot(long Version, ImmutableArray<CataloguedLabel> Labels)
{
    /// <summary>No labels.</summary>
    public static LabelSnapshot Empty { get; } = new(0, []);
}
