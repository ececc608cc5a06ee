using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>So many units of one pledge group on station in one area over consecutive weeks.</summary>
/// <param name="PledgeIds">The interchangeable pledges the units come from.</param>
/// <param name="Nation">The providing nation.</param>
/// <param name="AssetType">The kind of asset.</param>
/// <param name="AreaId">Where.</param>
/// <param name="Weeks">When (the count is the same every week of the run).</param>
/// <param name="Units">How many units.</param>
/// <param name="Cost">Running and transit cost of the run, in k€.</param>
/// <param name="ServesRequirementIds">The area's requirements these units count for.</param>
public sealed record PlanAssignment(
    ImmutableArray<string> PledgeIds,
    Trigraph Nation,
    AssetType AssetType,
    string AreaId,
    WeekRange Weeks,
    int Units,
    long Cost,
    ImmutableArray<string> ServesRequirementIds);
