namespace Concert.Apis.Contracts;

/// <summary>An asset pledge.</summary>
/// <param name="Id">The key.</param>
/// <param name="Code">The nation's short name for it.</param>
/// <param name="Nation">The pledging nation.</param>
/// <param name="AssetType">The kind of asset.</param>
/// <param name="Capabilities">What each unit can do.</param>
/// <param name="Count">Identical units.</param>
/// <param name="FirstWeek">First week available.</param>
/// <param name="LastWeek">Last week available.</param>
/// <param name="CostPerDay">k€ a day per unit.</param>
/// <param name="HomePort">Where it deploys from.</param>
/// <param name="TransitDays">Days to each area it can reach.</param>
/// <param name="ExcludedAreas">Areas excluded by national caveat.</param>
/// <param name="ExcludedTasks">Capabilities excluded by national caveat.</param>
/// <param name="Created">When first written.</param>
/// <param name="Updated">When last changed.</param>
/// <param name="Author">Who last changed it.</param>
/// <param name="Label">Its label.</param>
internal sealed record PoolingPledgeResponse(
    long Id,
    string Code,
    string Nation,
    string AssetType,
    IReadOnlyList<string> Capabilities,
    int Count,
    int FirstWeek,
    int LastWeek,
    int CostPerDay,
    string HomePort,
    IReadOnlyDictionary<string, int> TransitDays,
    IReadOnlyList<string> ExcludedAreas,
    IReadOnlyList<string> ExcludedTasks,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    string Author,
    LabelResponse Label);
