using Concert.Pooling.Planning;

namespace Concert.Pooling.Fairness;

/// <summary>How the coalition plans of a <see cref="PoolingGame"/> are solved.</summary>
public sealed record PoolingGameOptions
{
    /// <summary>Search limits of each coalition plan: a smaller time limit than a single plan, since there are
    /// up to 2ⁿ of them, and eight workers like a single plan even though several run side by side: with four,
    /// CP-SAT's portfolio lacks the LP workers that prove bounds (shapley6 seed 1, one nation each: 3 of 6 plans
    /// proven in 5 s with four workers, all 6 in 0.05–0.35 s of processor time with eight).</summary>
    public PlannerOptions CoalitionPlanner { get; init; } = new() { TimeLimit = TimeSpan.FromSeconds(0.5), Workers = 8 };

    /// <summary>Coalition plans solved at once.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Up to this many nations every coalition is planned up front (2ⁿ plans); beyond, coalitions are
    /// planned as sampled orders reach them.</summary>
    public int ExactNationLimit { get; init; } = 10;
}
