namespace Concert.Data.Pooling;

/// <summary>So many units of interchangeable pledges on station in one area over consecutive weeks.</summary>
/// <param name="PledgeIds">The stored pledges the units come from (0 for a what-if's hypothetical pledge).</param>
/// <param name="PledgeCodes">Their codes, as shown to people.</param>
/// <param name="Nation">The providing nation.</param>
/// <param name="AssetType">The kind of asset.</param>
/// <param name="AreaId">Where.</param>
/// <param name="FirstWeek">The first week on station.</param>
/// <param name="LastWeek">The last week on station.</param>
/// <param name="Units">How many units each week.</param>
/// <param name="Cost">Running and transit cost, in k€.</param>
/// <param name="Serves">The requirements the units count for.</param>
internal sealed record AssignmentDocument(
    IReadOnlyList<long> PledgeIds,
    IReadOnlyList<string> PledgeCodes,
    string Nation,
    string AssetType,
    string AreaId,
    int FirstWeek,
    int LastWeek,
    int Units,
    long Cost,
    IReadOnlyList<string> Serves);
