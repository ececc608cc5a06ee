namespace Concert.Data.Pooling;

/// <summary>A pledge's fields without its key: what a write request gives, and what a what-if plan keeps of a pledge
/// that exists only in that plan (with its label).</summary>
/// <param name="Code">Its code.</param>
/// <param name="Nation">The nation.</param>
/// <param name="AssetType">The kind of asset.</param>
/// <param name="Capabilities">Capability flags.</param>
/// <param name="Count">Units.</param>
/// <param name="FirstWeek">First week available.</param>
/// <param name="LastWeek">Last week available.</param>
/// <param name="CostPerDay">k€ a day per unit.</param>
/// <param name="HomePort">Where it deploys from.</param>
/// <param name="TransitDays">Days to each area.</param>
/// <param name="ExcludedAreas">Areas excluded by caveat.</param>
/// <param name="ExcludedTasks">Task flags excluded by caveat.</param>
/// <param name="LabelXml">Its label as STANAG 4774 XML, when kept with a what-if plan; null in a write request.</param>
internal sealed record PledgeDocument(
    string Code,
    string Nation,
    string AssetType,
    int Capabilities,
    int Count,
    int FirstWeek,
    int LastWeek,
    int CostPerDay,
    string HomePort,
    IReadOnlyDictionary<string, int> TransitDays,
    IReadOnlyList<string> ExcludedAreas,
    int ExcludedTasks,
    string? LabelXml);
