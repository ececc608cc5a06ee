using Concert.Pooling.Planning;

namespace Concert.Pooling.Fairness;

/// <summary>How the coalition plans of a <see cref="PoolingGame"/> are solved.</summary>
public sealed record PoolingGameOptions
{
    /// <summary>Search limits of each coalition plan: a smaller time limit than a single plan, since there are up to
    /// 2ⁿ of them, one priced objective (asset cost + price × uncovered risk, v(S) by definition, so more pledges
    /// never cost more), and SCIP alone in one thread, one plan per core: coalition plans are small, and CP-SAT's
    /// start-up with the eight workers its proofs need cost more than SCIP's whole proof (shapley6 seed 2, 1 s each:
    /// 63 of 63 proven in 2.2 s of processor time with SCIP, 44 in 9 s with CP-SAT's eight workers).</summary>
    public PlannerOptions CoalitionPlanner { get; init; } = new()
    {
        TimeLimit = TimeSpan.FromSeconds(0.5),
        Priority = PlanningPriority.PricedShortfall,
        UseCpSat = false,
        Workers = 1,
    };

    /// <summary>Coalition plans solved at once.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Up to this many nations every coalition is planned up front (2ⁿ plans); beyond, coalitions are
    /// planned as sampled orders reach them.</summary>
    public int ExactNationLimit { get; init; } = 10;

    /// <summary>Wall-clock time for planning every coalition up front, or null for one pass at the coalition time
    /// limit. With a budget, the first pass (largest first) gives each single nation a full turn and every other
    /// coalition its LP bound and the plan of its LP's deployments rounded up until it is spent, and the rest plans
    /// without a solver (their greedy plan or a proven plan they can field, with a super-coalition's bound); the time
    /// it leaves re-solves unproven coalitions, those weighing most in the Shapley error bound first, each with twice
    /// its last turn, until all are proven or the budget is spent.
    /// No turn is given more than the time left (a solver may overrun its limit a little); what the budget left
    /// unproven shows in <see cref="ShapleyValue.ErrorBounds"/>.</summary>
    public TimeSpan? TimeBudget { get; init; }
}
