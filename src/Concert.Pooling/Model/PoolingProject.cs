using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.Model;

/// <summary>A common project: its requirements (all in areas it owns), its rotation rule and the most each
/// nation will spend on it.</summary>
/// <param name="Id">A stable identifier ("ADEN").</param>
/// <param name="Name">The name shown to people.</param>
/// <param name="Requirements">What it needs, area by area.</param>
/// <param name="Rotation">Continuity and rotation for units serving it.</param>
/// <param name="BudgetCaps">The most each listed nation's assets may cost on this project over the horizon, in k€;
/// nations not listed have no cap.</param>
/// <param name="Label">Who may see the project.</param>
public sealed record PoolingProject(
    string Id,
    string Name,
    ImmutableArray<Requirement> Requirements,
    RotationRule Rotation,
    ImmutableDictionary<Trigraph, long> BudgetCaps,
    ConfidentialityLabel Label)
{
    /// <summary>The areas its requirements are in.</summary>
    public IEnumerable<string> AreaIds => Requirements.Select(requirement => requirement.AreaId).Distinct(StringComparer.Ordinal);
}
