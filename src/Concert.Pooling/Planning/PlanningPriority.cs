namespace Concert.Pooling.Planning;

/// <summary>How the planner weighs uncovered risk against cost.</summary>
public enum PlanningPriority
{
    /// <summary>Cover as much risk-weighted demand as the pledges allow, then spend as little as possible on that
    /// coverage (two CP-SAT phases). The bound is then a bound on that lexicographic optimum.</summary>
    CoverageFirst,

    /// <summary>One objective, asset cost + shortfall price × uncovered risk: a unit-week is left short when
    /// covering it costs more than its price (set <see cref="PlannerOptions.ShortfallPricePerRiskUnitWeek"/> to a
    /// charter price, say).</summary>
    PricedShortfall,
}
