using System.ComponentModel.DataAnnotations;
using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A new or changed asset pledge; give the label either as <see cref="Label"/> fields or as <see cref="LabelXml"/>.</summary>
/// <param name="Code">The nation's short name for it ("JPN-DD-1").</param>
/// <param name="Nation">The pledging nation, ISO 3166-1 alpha-3.</param>
/// <param name="AssetType">DestroyerOrFrigate, OffshorePatrolVessel, MaritimePatrolAircraft, Helicopter, Uav or Tanker.</param>
/// <param name="Capabilities">Presence, Surveillance, Escort, Boarding, Refuelling: at least one.</param>
/// <param name="Count">Identical units, at least 1.</param>
/// <param name="FirstWeek">First week available (1 = the first planning week).</param>
/// <param name="LastWeek">Last week available, transit included.</param>
/// <param name="CostPerDay">Running cost of one unit a day, in k€.</param>
/// <param name="HomePort">The port or air base it deploys from.</param>
/// <param name="TransitDays">Days of transit to each area it can reach.</param>
/// <param name="ExcludedAreas">Areas a national caveat keeps it out of.</param>
/// <param name="ExcludedTasks">Capabilities a national caveat forbids it to be counted for.</param>
/// <param name="Label">The label as JSON fields.</param>
/// <param name="LabelXml">The label as STANAG 4774 XML.</param>
internal sealed record PoolingPledgeRequest(
    [property: Required, StringLength(PoolingModel.CodeLength, MinimumLength = 1)] string Code,
    [property: Required] string Nation,
    [property: Required] string AssetType,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one capability.")] IReadOnlyList<string> Capabilities,
    [property: Range(1, 100)] int Count,
    [property: Range(1, PoolingInput.MaximumWeek)] int FirstWeek,
    [property: Range(1, PoolingInput.MaximumWeek)] int LastWeek,
    [property: Range(0, 100_000)] int CostPerDay,
    [property: Required, StringLength(PoolingModel.NameLength, MinimumLength = 1)] string HomePort,
    [property: Required] IReadOnlyDictionary<string, int> TransitDays,
    IReadOnlyList<string>? ExcludedAreas,
    IReadOnlyList<string>? ExcludedTasks,
    LabelFields? Label,
    string? LabelXml) : ILabelledRequest;
