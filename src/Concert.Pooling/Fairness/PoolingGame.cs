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
/// many were proven. When every coalition is planned up front, each counts at the best plan found for it or any of
/// its sub-coalitions, with the best bound proven for it or any super-coalition (<see cref="MonotoneBounds"/>).</remarks>
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
    /// <remarks>Coalitions that differ only in nations whose pledges can serve no requirement (funds only, or assets
    /// no requirement can use) have the same plan: it is solved once, for the coalition's effective pledges. A
    /// coalition without any useful pledge leaves everything short and needs no solver. Larger coalitions are
    /// solved first, and each smaller one starts from the plan of a solved coalition with one nation more, less
    /// that nation's units (a what-if re-plan), so its search begins near its optimum.</remarks>
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
        int useful = UsefulPlayers(problem, nations);
        var byEffectivePledges = new ConcurrentDictionary<int, Lazy<PoolingPlan>>();
        var plans = new ConcurrentDictionary<int, PoolingPlan>();

        PoolingPlan Solve(int effective)
        {
            PoolingProblem own = problem.RestrictedTo(Members(nations, effective));
            PoolingPlan? superset = SolvedSuperset(effective, useful, nations, byEffectivePledges);
            return superset is null ? PoolingPlanner.Plan(own, planner) : PoolingPlanner.Replan(own, superset, planner);
        }

        PoolingPlan PlanOf(int coalition) => plans.GetOrAdd(coalition, mask =>
        {
            PoolingPlan plan = byEffectivePledges.GetOrAdd(mask & useful, effective => new Lazy<PoolingPlan>(() => Solve(effective))).Value;
            return ForCoalition(plan, Members(nations, mask));
        });

        var game = new CoalitionGame(nations.Length, coalition => PlanOf(coalition).Objective);
        if (nations.Length <= options.ExactNationLimit)
        {
            // Distinct effective pledge sets, largest first: they are the slowest plans, so the parallel loop ends
            // evenly, and each smaller set finds a solved superset to start from.
            var effectiveSets = Enumerable.Range(1, game.GrandCoalition)
                .Where(coalition => (coalition & ~useful) == 0)
                .OrderByDescending(coalition => System.Numerics.BitOperations.PopCount((uint)coalition));
            Parallel.ForEach(
                effectiveSets,
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
                coalition => PlanOf(coalition));
            for (int coalition = 1; coalition <= game.GrandCoalition; coalition++)
            {
                PlanOf(coalition);
            }

            TightenByMonotonicity(nations, plans);
        }

        return new PoolingGame(nations, game, plans);
    }

    /// <summary>How much the coalition's value may exceed its optimum: its plan's objective less its proven bound,
    /// 0 when proven optimal (the whole objective for a plan without a bound).</summary>
    /// <param name="coalition">The coalition's mask, not empty.</param>
    /// <returns>The uncertainty in k€.</returns>
    public double ValueUncertainty(int coalition)
    {
        PoolingPlan plan = PlanOf(coalition);
        return plan.IsProvenOptimal ? 0 : plan.Objective - Math.Max(0, plan.BestBound ?? 0);
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

    /// <summary>The players with at least one pledge that some requirement can use (the capability, no caveat
    /// against it, and a week on station in its area while it is active); the others are null players.</summary>
    private static int UsefulPlayers(PoolingProblem problem, ImmutableArray<Trigraph> nations)
    {
        var requirements = problem.Projects.SelectMany(project => project.Requirements).ToList();
        int useful = 0;
        for (int player = 0; player < nations.Length; player++)
        {
            Trigraph nation = nations[player];
            bool serves = problem.Pledges.Any(pledge => pledge.Nation == nation && requirements.Any(requirement =>
                pledge.CanServe(requirement)
                && pledge.OnStationWeeks(requirement.AreaId) is { } weeks
                && requirement.ActiveWeeks.Any(weeks.Contains)));
            useful |= serves ? 1 << player : 0;
        }

        return useful;
    }

    /// <summary>Every coalition's plan becomes the best plan found for it or any of its sub-coalitions (a plan of
    /// fewer pledges is a plan of more), and its bound the best proven for it or any super-coalition (more pledges
    /// never cost more): values only fall towards the optimum, uncertainties only shrink, and a coalition whose
    /// bounds meet counts as proven.</summary>
    private static void TightenByMonotonicity(ImmutableArray<Trigraph> nations, ConcurrentDictionary<int, PoolingPlan> plans)
    {
        (double[] upper, int[] source, double[] lower) = MonotoneBounds.Tighten(
            nations.Length,
            coalition => plans[coalition].Objective,
            coalition => plans[coalition].IsProvenOptimal ? plans[coalition].Objective : plans[coalition].BestBound ?? double.NegativeInfinity);
        var solved = new Dictionary<int, PoolingPlan>(plans);
        foreach ((int coalition, PoolingPlan own) in solved)
        {
            PoolingPlan best = source[coalition] == coalition ? own : ForCoalition(solved[source[coalition]], Members(nations, coalition));
            if (double.IsNegativeInfinity(lower[coalition]))
            {
                plans[coalition] = best;
                continue;
            }

            double bound = Math.Min(lower[coalition], best.Objective);
            plans[coalition] = best with
            {
                BestBound = bound,
                Status = bound >= best.Objective - 1e-6 ? PlanSolveStatus.Optimal : PlanSolveStatus.Feasible,
            };
        }
    }

    /// <summary>A plan as the coalition's: nations of the coalition it does not use are listed as bearing nothing.</summary>
    private static PoolingPlan ForCoalition(PoolingPlan plan, IEnumerable<Trigraph> members)
    {
        var costByNation = plan.CostByNation;
        foreach (Trigraph nation in members.Where(nation => !costByNation.ContainsKey(nation)))
        {
            costByNation = costByNation.Add(nation, 0);
        }

        return plan with { CostByNation = costByNation };
    }

    private static IEnumerable<Trigraph> Members(ImmutableArray<Trigraph> nations, int coalition) =>
        nations.Where((_, player) => (coalition & (1 << player)) != 0);

    /// <summary>The solved plan of a coalition with one useful nation more whose units the plan uses least, so
    /// that removing them leaves the most of the plan standing; null when none is solved yet.</summary>
    private static PoolingPlan? SolvedSuperset(
        int effective, int useful, ImmutableArray<Trigraph> nations, ConcurrentDictionary<int, Lazy<PoolingPlan>> solved)
    {
        PoolingPlan? best = null;
        long bestLoss = long.MaxValue;
        for (int player = 0; player < nations.Length; player++)
        {
            int bit = 1 << player;
            if ((useful & bit) == 0 || (effective & bit) != 0
                || !solved.TryGetValue(effective | bit, out Lazy<PoolingPlan>? superset) || !superset.IsValueCreated)
            {
                continue;
            }

            long loss = superset.Value.CostByNation.GetValueOrDefault(nations[player]);
            if (loss < bestLoss)
            {
                (best, bestLoss) = (superset.Value, loss);
            }
        }

        return best;
    }
}
