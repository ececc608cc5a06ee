using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>A plan: what goes where, what it costs, what stays short, how good it is proven to be, and why.</summary>
/// <remarks>Immutable. Money in k€. Objective = <see cref="AssetCost"/> + <see cref="ShortfallPenalty"/>.</remarks>
public sealed record PoolingPlan
{
    /// <summary>How far the search went.</summary>
    public required PlanSolveStatus Status { get; init; }

    /// <summary>Asset cost plus the priced shortfall, in k€: what the planner minimises.</summary>
    public required long Objective { get; init; }

    /// <summary>CP-SAT's proven lower bound on the objective; null for a heuristic plan.</summary>
    public required double? BestBound { get; init; }

    /// <summary>(objective − bound) / objective, 0 when proven optimal; null for a heuristic plan.</summary>
    public double? RelativeGap => BestBound is { } bound ? Objective == 0 ? 0 : Math.Max(0, (Objective - bound) / Objective) : null;

    /// <summary>True when the bound equals the objective.</summary>
    public bool IsProvenOptimal => BestBound is { } bound && bound >= Objective - 1e-6;

    /// <summary>Wall-clock time to make the plan.</summary>
    public required TimeSpan SolveTime { get; init; }

    /// <summary>Running and transit cost of every assigned unit, in k€.</summary>
    public required long AssetCost { get; init; }

    /// <summary>The priced shortfall, in k€ (risk weight × unit-weeks short × the shortfall price).</summary>
    public required long ShortfallPenalty { get; init; }

    /// <summary>The price of one unit-week short at risk weight 1 that the plan was made with, in k€; a re-plan keeps
    /// it so that the old and new objectives are comparable.</summary>
    public required long ShortfallPricePerRiskUnitWeek { get; init; }

    /// <summary>Share of the risk-weighted required unit-weeks that the plan covers, 0 to 1 (1 with no requirement).</summary>
    public required double Coverage { get; init; }

    /// <summary>What goes where.</summary>
    public required ImmutableArray<PlanAssignment> Assignments { get; init; }

    /// <summary>What is short, by how much, and why.</summary>
    public required ImmutableArray<PlanShortfall> Shortfalls { get; init; }

    /// <summary>Asset cost each nation's units bear in the plan, in k€; every pledging nation is listed.</summary>
    public required ImmutableDictionary<Trigraph, long> CostByNation { get; init; }

    /// <summary>The plan in sentences: what goes where and why, what is short, where risk stays uncovered.</summary>
    public required ImmutableArray<string> Explanation { get; init; }

    /// <summary>The combination of the labels of the projects and of the pledges the plan uses.</summary>
    public required ConfidentialityLabel Label { get; init; }

    /// <summary>Units per (pledge group, area index, week), kept to warm-start a re-plan.</summary>
    internal ImmutableDictionary<(string GroupKey, string AreaId, int Week), int> UnitsOnStation { get; init; } =
        ImmutableDictionary<(string GroupKey, string AreaId, int Week), int>.Empty;
}
