using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
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
/// many were proven and <see cref="ValueUncertainty"/> by how much each may be off. When every coalition is planned up
/// front, each counts at the best plan found for it or any coalition whose used nations it holds, with the best bound
/// proven for it or any super-coalition (<see cref="CoalitionSearch"/>).</remarks>
public sealed class PoolingGame
{
    private readonly ConcurrentDictionary<int, Lazy<PoolingPlan>> _plans = new();
    private readonly CoalitionSearch _search;
    private readonly TimeSpan _coalitionTimeLimit;

    private PoolingGame(CoalitionSearch search, TimeSpan coalitionTimeLimit)
    {
        _search = search;
        _coalitionTimeLimit = coalitionTimeLimit;
        Nations = search.Nations;
        BuyInCost = search.BuyInCost;
        Game = new CoalitionGame(Nations.Length, coalition => PlanOf(coalition).Objective);
        Savings = new CoalitionGame(Nations.Length, coalition => BuyInCost - PlanOf(coalition).Objective);
    }

    /// <summary>The players, in the problem's nation order: player i is Nations[i].</summary>
    public ImmutableArray<Trigraph> Nations { get; }

    /// <summary>The game; values in k€.</summary>
    public CoalitionGame Game { get; }

    /// <summary>What buying every requirement-week in at the shortfall price would cost: the value of any coalition
    /// without a useful pledge, in k€.</summary>
    public double BuyInCost { get; }

    /// <summary>The savings game b(S) = <see cref="BuyInCost"/> − v(S) for S ≠ ∅, b(∅) = 0: what S's pledges save
    /// against buying the requirements in, in k€.</summary>
    /// <remarks>Where the Shapley value of the cost game is an equal part of the buy-in cost less each nation's share
    /// of the savings (φᵢ(v) = BuyInCost / n − φᵢ(b), by linearity), this game drops the equal part, which v(∅) = 0
    /// puts in: a nation whose pledges serve nothing pays BuyInCost / n in the cost game for bringing nothing, and a
    /// nation whose pledges save more than that gets a negative share. b is monotone (more pledges never save less:
    /// v never rises) and b(S) ≥ 0 (the plan without assets costs the buy-in), so every marginal saving is at least
    /// 0, each Shapley share too, and a nation that serves nothing gets exactly 0.</remarks>
    public CoalitionGame Savings { get; }

    /// <summary>Coalition plans solved so far.</summary>
    public int SolvedCoalitions => _plans.Count;

    /// <summary>Coalition plans proven optimal so far, within the coalition planner's gap tolerance.</summary>
    public int ProvenOptimalCoalitions => _plans.Values.Count(plan => plan.Value.Status == PlanSolveStatus.Optimal);

    /// <summary>Solver runs the coalition plans took, re-solves included; coalitions of null players and those proven
    /// by other coalitions' plans and bounds took none.</summary>
    public int SolverRuns => _search.SolverRuns;

    /// <summary>Every solver turn the coalition plans took, in the order they ended (the profile of the analysis).</summary>
    internal IReadOnlyCollection<CoalitionTurn> Turns => _search.Turns;

    /// <summary>Builds the game; with at most <see cref="PoolingGameOptions.ExactNationLimit"/> nations every
    /// coalition plan is solved now, in parallel.</summary>
    /// <remarks>Coalitions that differ only in nations whose pledges can serve no requirement (funds only, or assets
    /// no requirement can use) have the same plan: it is solved once, for the coalition's effective pledges. A
    /// coalition without any useful pledge leaves everything short and needs no solver. Larger coalitions are
    /// solved first, and each smaller one starts from the plan of a solved coalition with one nation more, less
    /// that nation's units (a what-if re-plan), so its search begins near its optimum; a coalition that holds the
    /// nations a super-coalition's proven plan uses has that plan, proven, without a solver. With a
    /// <see cref="PoolingGameOptions.TimeBudget"/> (and SCIP alone on the coalitions), the first pass proves the single
    /// nations and gives every other coalition its LP bound and the plan of its LP's deployments rounded up, a plan and
    /// a bound near its value for a twentieth of a proof's time; the time left then re-solves the coalitions that weigh
    /// most in the Shapley value's error bound, each from its best plan, with twice the time of its last turn.</remarks>
    /// <param name="problem">The problem.</param>
    /// <param name="options">How coalition plans are solved.</param>
    /// <returns>The game.</returns>
    public static PoolingGame Build(PoolingProblem problem, PoolingGameOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();

        // One price for every coalition, set by the whole pool: a coalition's own dearest asset must not change
        // what its shortfall costs, or the values would not be on one scale.
        PlannerOptions planner = options.CoalitionPlanner with
        {
            ShortfallPricePerRiskUnitWeek = options.CoalitionPlanner.ShortfallPricePerRiskUnitWeek ?? PoolingPlanner.AutomaticShortfallPrice(problem),
        };
        var search = new CoalitionSearch(problem, planner);
        var game = new PoolingGame(search, planner.TimeLimit);
        if (search.Nations.Length > options.ExactNationLimit)
        {
            return game;
        }

        var schedule = new CoalitionSchedule(search, options, clock);
        if (options.TimeBudget is null || options.CoalitionPlanner.UseCpSat)
        {
            schedule.FirstPass();
        }
        else
        {
            schedule.BudgetedPass();
        }

        search.Tighten();
        schedule.Refine();
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            game.PlanOf(coalition);
        }

        return game;
    }

    /// <summary>How much the coalition's value may exceed its optimum: its plan's objective less its proven bound,
    /// 0 when proven optimal, at most the gap tolerance when proven within one (the whole objective for a plan
    /// without a bound).</summary>
    /// <param name="coalition">The coalition's mask, not empty.</param>
    /// <returns>The uncertainty in k€.</returns>
    public double ValueUncertainty(int coalition)
    {
        PoolingPlan plan = PlanOf(coalition);
        return plan.Objective - Math.Max(0, plan.BestBound ?? 0);
    }

    /// <summary>The best plan of a coalition (solved now if not yet), with the best bound known for its value. It may
    /// be the plan found for another coalition that uses only this one's nations, explanation included.</summary>
    /// <param name="coalition">The coalition's mask, not empty.</param>
    /// <returns>Its plan.</returns>
    public PoolingPlan PlanOf(int coalition)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coalition, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coalition, Game.GrandCoalition);
        return _plans.GetOrAdd(coalition, mask => new Lazy<PoolingPlan>(() => Settle(mask))).Value;
    }

    /// <summary>The coalition's plan as the search left it (solving its effective coalition first if no pass did),
    /// with the members it does not use listed as bearing nothing and the bound as its status.</summary>
    private PoolingPlan Settle(int coalition)
    {
        int effective = coalition & _search.Useful;
        if (_search.Best(effective) is null)
        {
            _search.Solve(effective, _coalitionTimeLimit);
        }

        PoolingPlan plan = _search.Best(effective)!;
        double bound = Math.Min(_search.Bound(effective), plan.Objective);
        plan = plan with { CostByNation = _search.Members(coalition).ToImmutableDictionary(nation => nation, nation => plan.CostByNation.GetValueOrDefault(nation)) };
        return double.IsNegativeInfinity(bound)
            ? plan
            : plan with { BestBound = bound, Status = _search.IsProven(effective) ? PlanSolveStatus.Optimal : PlanSolveStatus.Feasible };
    }
}
