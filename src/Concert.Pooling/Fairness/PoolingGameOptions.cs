using Concert.Pooling.Planning;

namespace Concert.Pooling.Fairness;

/// <summary>How the coalition plans of a <see cref="PoolingGame"/> are solved.</summary>
public sealed record PoolingGameOptions
{
    /// <summary>Search limits of each coalition plan: a smaller time limit than a single plan, since there are
    /// up to 2ⁿ of them, and four workers, since several run side by side.</summary>
    public PlannerOptions CoalitionPlanner { get; init; } = new() { TimeLimit = TimeSpan.FromSeconds(0.5), Workers = 4 };

    /// <summary>Coalition plans solved at once.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Up to this many nations every coalition is planned up front (2ⁿ plans); beyond, coalitions are
    /// planned as sampled orders reach them.</summary>
    public int ExactNationLimit { get; init; } = 10;
}
