using System.Collections.Concurrent;
using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Pooling.Fairness;

/// <summary>The cost game of a pooling problem: the nations are the players and v(S) is the objective of the best
/// plan using only S's pledges — the cost of its assets plus the priced shortfall it cannot cover, i.e. what S
/// would pay to meet the projects' requirements on its own, buying in what it lacks at the shortfall price.</summary>
/// <remarks>Every coalition's shortfall is priced alike, at the whole problem's automatic price unless the options
/// set one. The empty coalition runs no project and pays nothing (v(∅) = 0). A plan not proven optimal within the
/// coalition time limit counts at its best objective, an upper bound; <see cref="ProvenOptimalCoalitions"/> says how
/// many were proven.</remarks>
public sealed class PoolingGame
{
    private readonly ConcurrentDictionary<int, PoolingPlan> _plans;

    private PoolingGame(ImmutableArray<Trigraph> nations, CoalitionGame game, ConcurrentDictionary<int, PoolingPlan> plans)
    {
        Nations = nations;
        Game = game;
        _plans = plans;
    }

    /// <summary>The players, in the problem's nation order: player i is Nations[i].</summary>
    public ImmutableArray<Trigraph> Nations { get; }

    /// <summary>The game; values in k€.</summary>
    public CoalitionGame Game { get; }

    /// <summary>Coalition plans solved so far.</summary>
    public int SolvedCoalitions => _plans.Count;

    /// <summary>Coalition plans proven optimal so far.</summary>
    public int ProvenOptimalCoalitions => _plans.Values.Count(plan => plan.IsProvenOptimal);

    /// <summary>Builds the game; with at most <see cref="PoolingGameOptions.ExactNationLimit"/> nations every
    /// coalition plan is solved now, in parallel.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">How coalition plans are solved.</param>
    /// <returns>The game.</returns>
    public static PoolingGame Build(PoolingProblem problem, PoolingGameOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ImmutableArray<Trigraph> nations = problem.Nations;

        // One price for every coalition, set by the whole pool: a coalition's own dearest asset must not change
        // what its shortfall costs, or the values would not be on one scale.
        PlannerOptions planner = options.CoalitionPlanner with
        {
            ShortfallPricePerRiskUnitWeek = options.CoalitionPlanner.ShortfallPricePerRiskUnitWeek ?? PoolingPlanner.AutomaticShortfallPrice(problem),
        };
        var plans = new ConcurrentDictionary<int, PoolingPlan>();
        PoolingPlan PlanOf(int coalition) => plans.GetOrAdd(coalition, mask => PoolingPlanner.Plan(
            problem.RestrictedTo(nations.Where((_, player) => (mask & (1 << player)) != 0)), planner));

        var game = new CoalitionGame(nations.Length, coalition => PlanOf(coalition).Objective);
        if (nations.Length <= options.ExactNationLimit)
        {
            // Largest coalitions first: they are the slowest plans, so the parallel loop ends evenly.
            var coalitions = Enumerable.Range(1, game.GrandCoalition)
                .OrderByDescending(coalition => System.Numerics.BitOperations.PopCount((uint)coalition));
            Parallel.ForEach(
                coalitions,
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
                coalition => PlanOf(coalition));
        }

        return new PoolingGame(nations, game, plans);
    }

    /// <summary>The best plan of a coalition (solved now if not yet).</summary>
    /// <param name="coalition">The coalition's mask, not empty.</param>
    /// <returns>Its plan.</returns>
    public PoolingPlan PlanOf(int coalition)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coalition, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coalition, Game.GrandCoalition);
        Game.Value(coalition);
        return _plans[coalition];
    }
}
