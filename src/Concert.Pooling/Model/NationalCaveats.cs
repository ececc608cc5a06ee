using System.Collections.Immutable;

namespace Concert.Pooling.Model;

/// <summary>What a nation does not allow its pledged asset to be used for: areas it may not enter and tasks it
/// may not perform (a national caveat).</summary>
/// <param name="ExcludedAreaIds">Operating areas the asset is never sent to.</param>
/// <param name="ExcludedTasks">Capabilities the asset may not be counted for, even though it has them.</param>
public sealed record NationalCaveats(ImmutableArray<string> ExcludedAreaIds, Capabilities ExcludedTasks)
{
    /// <summary>No caveats.</summary>
    public static NationalCaveats None { get; } = new([], Capabilities.None);

    /// <summary>Whether the caveats keep the asset out of <paramref name="areaId"/>.</summary>
    /// <param name="areaId">An operating area.</param>
    /// <returns>True when excluded.</returns>
    public bool ExcludesArea(string areaId) => !ExcludedAreaIds.IsDefault && ExcludedAreaIds.Contains(areaId, StringComparer.Ordinal);

    /// <summary>A canonical text used to decide whether two pledges are interchangeable.</summary>
    internal string Key =>
        string.Join(',', (ExcludedAreaIds.IsDefault ? [] : ExcludedAreaIds).Order(StringComparer.Ordinal)) + "|" + (int)ExcludedTasks;

    /// <summary>Equal when they exclude the same areas (in any order) and tasks.</summary>
    /// <param name="other">The other caveats.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(NationalCaveats? other) => other is not null && Key == other.Key;

    /// <summary>Hash of the canonical key.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}
