using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A stored plan.</summary>
/// <param name="Id">The key.</param>
/// <param name="Created">When the planner ran.</param>
/// <param name="Author">Who asked.</param>
/// <param name="BasePlanId">The plan a what-if started from, or null.</param>
/// <param name="WhatIf">The what-if in words, or null.</param>
/// <param name="Status">Optimal, Feasible (time limit reached) or Heuristic.</param>
/// <param name="Objective">Asset cost plus priced shortfall, in k€.</param>
/// <param name="BestBound">The proven lower bound, or null.</param>
/// <param name="RelativeGap">(objective − bound) / objective, or null.</param>
/// <param name="AssetCost">Cost of the assigned units, in k€.</param>
/// <param name="ShortfallPenalty">The priced shortfall, in k€.</param>
/// <param name="ShortfallPrice">The price of a unit-week short at risk weight 1, in k€.</param>
/// <param name="Coverage">Share of the risk-weighted requirement covered, 0 to 1.</param>
/// <param name="HorizonWeeks">Planning weeks.</param>
/// <param name="TimeLimitSeconds">The time limit it was searched with.</param>
/// <param name="SolveMilliseconds">How long the planner took.</param>
/// <param name="Assignments">What goes where.</param>
/// <param name="Shortfalls">What is short and why.</param>
/// <param name="CostByNation">Asset cost each nation bears, in k€.</param>
/// <param name="Explanation">The plan in sentences.</param>
/// <param name="Label">The combination of the labels of the records it used.</param>
internal sealed record PoolingPlanResponse(
    long Id,
    DateTimeOffset Created,
    string Author,
    long? BasePlanId,
    string? WhatIf,
    string Status,
    long Objective,
    double? BestBound,
    double? RelativeGap,
    long AssetCost,
    long ShortfallPenalty,
    long ShortfallPrice,
    double Coverage,
    int HorizonWeeks,
    double TimeLimitSeconds,
    long SolveMilliseconds,
    IReadOnlyList<AssignmentDocument> Assignments,
    IReadOnlyList<ShortfallDocument> Shortfalls,
    IReadOnlyDictionary<string, long> CostByNation,
    IReadOnlyList<string> Explanation,
    LabelResponse Label);
