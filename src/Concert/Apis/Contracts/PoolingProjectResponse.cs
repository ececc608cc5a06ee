using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A common project.</summary>
/// <param name="Id">The key.</param>
/// <param name="Code">Its short name.</param>
/// <param name="Name">The name shown to people.</param>
/// <param name="Areas">The areas it owns.</param>
/// <param name="Requirements">What it needs.</param>
/// <param name="MaxWeeksOnStation">Most weeks on station in a row.</param>
/// <param name="RestWeeks">Weeks of rest after a full spell.</param>
/// <param name="BudgetCaps">Budget caps by nation, in k€.</param>
/// <param name="Created">When first written.</param>
/// <param name="Updated">When last changed.</param>
/// <param name="Author">Who last changed it.</param>
/// <param name="Label">Its label.</param>
internal sealed record PoolingProjectResponse(
    long Id,
    string Code,
    string Name,
    IReadOnlyList<AreaDocument> Areas,
    IReadOnlyList<RequirementDocument> Requirements,
    int MaxWeeksOnStation,
    int RestWeeks,
    IReadOnlyDictionary<string, long> BudgetCaps,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    string Author,
    LabelResponse Label);
