namespace Concert.Pooling.Planning;

/// <summary>How far the search went.</summary>
public enum PlanSolveStatus
{
    /// <summary>Proven optimal, or within the requested gap tolerance of the bound.</summary>
    Optimal,

    /// <summary>The time limit ended the search; the plan is the best found and the gap says how far from the bound.</summary>
    Feasible,

    /// <summary>The constructive (greedy) plan, without a bound.</summary>
    Heuristic,
}
