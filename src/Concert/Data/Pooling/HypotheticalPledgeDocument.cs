namespace Concert.Data.Pooling;

/// <summary>The pledge a what-if adds: the fields of a stored pledge and its label, kept with the what-if plan only.</summary>
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
/// <param name="LabelXml">Its label, as STANAG 4774 XML.</param>
internal sealed record HypotheticalPledgeDocument(
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
    string LabelXml);
