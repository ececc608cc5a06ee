using System.Collections.Concurrent;
using System.Diagnostics;
using System.Numerics;

namespace Concert.Pooling.Fairness;

/// <summary>When each coalition of a <see cref="PoolingGame"/> is planned and for how long: a first pass over every
/// coalition of useful nations, largest first, then, while a time budget lasts, re-solves of the unproven ones in the
/// order of their weight in the Shapley value's error bound.</summary>
/// <remarks>
/// <para>The single nations first: their plans are the smallest, and each weighs 1/n in its nation's Shapley error
/// bound, the most of any coalition, so a budget that runs out before them (shapley6 seed 1, 5 s at load 20: ±113 % of
/// v(N), nearly all from their greedy plans) leaves the bound wide. Then largest first: they are the slowest plans, so the parallel loop ends evenly, and each smaller coalition
/// finds a solved one with a nation more to start from, or a proven plan that needs none of its missing nations.</para>
/// <para>The first pass gives every coalition the coalition time limit while the budget lasts: turns cut to an even
/// share of the budget proved little (shapley6 seed 2 with a 5 s budget at load 17: 23 of 63 plans proven with shares,
/// all 63 in 3.3 s with 0.5 s turns, most of which end early). The budget is a cap, not a target: the coalitions
/// reached after it get plans without a solver, so an analysis with a short budget (a test, a first look) ends on
/// time with a wide error bound instead of overrunning. Largest first under a budget too: taking the coalitions that
/// weigh most in the error bound first (the grand coalition, those one nation short of it, the single nations) breaks
/// the chain of warm starts, and where the pass nearly fits the budget it proved fewer (shapley6 seed 2, 5 s, load
/// 19: 58 of 63 against 63). A re-solve (<see cref="ResolveTurn"/>) gets twice its coalition's last turn (at most
/// what is left) and starts from its best plan; bounds of separate turns are kept, so they only rise. Longer first
/// re-solves (at least four coalition time limits, up to eight even shares of the time left) prove more coalitions in
/// long analyses (shapley6 seed 1 exact in 49 s of a 120 s budget, h82) but narrow the error bound less within the
/// tiers' budgets (quiet machine: shapley8 seed 1 ±0.57–0.66 % of v(N) at 20 s against ±0.36 %, shapley10 ±0.87 %
/// against ±0.70 %; docs/pooling.md, eighth session).</para>
/// <para>Under a budget with SCIP alone, the first pass is <see cref="BudgetedPass"/>: a full turn for each single
/// nation, and for every other coalition its LP bound and the plan of its LP's deployments rounded up (0.0–0.8 % above
/// the value on shapley6 seed 1), four times cheaper than the root-node turns this pass gave before (SCIP stopped at
/// the root node without cutting planes: 0.0–1.8 % above, the same bound) and far better than the greedy plans (up to
/// 24 % above) that the coalitions they did not reach had (docs/pooling.md, eighth session, h82). The re-solves then go
/// where the error bound says.</para>
/// </remarks>
internal sealed class CoalitionSchedule
{
    /// <summary>The shortest re-solve worth starting: below it a solver rarely gets past presolve.</summary>
    private static readonly TimeSpan ShortestTurn = TimeSpan.FromSeconds(0.05);

    /// <summary>How many times a first-pass turn that ended without any bound is repeated with twice the time.</summary>
    private const int BoundlessRetries = 3;

    private readonly CoalitionSearch _search;
    private readonly PoolingGameOptions _options;
    private readonly Stopwatch _clock;
    private readonly ConcurrentDictionary<int, TimeSpan> _lastTurn = new();
    private readonly int[] _coalitions;
    private readonly double[] _weight;

    public CoalitionSchedule(CoalitionSearch search, PoolingGameOptions options, Stopwatch clock)
    {
        _search = search;
        _options = options;
        _clock = clock;
        int useful = search.Useful;
        _weight = PriorityWeights();
        _coalitions = [.. Enumerable.Range(1, (1 << search.Nations.Length) - 1)
            .Where(coalition => (coalition & ~useful) == 0)
            .OrderByDescending(coalition => BitOperations.IsPow2(coalition) ? int.MaxValue : BitOperations.PopCount((uint)coalition))];
    }

    private TimeSpan Left => _options.TimeBudget is { } budget ? budget - _clock.Elapsed : TimeSpan.Zero;

    /// <summary>Gives every coalition of useful nations a first look, in the first pass's order: a single nation a full
    /// turn, any other its LP bound and the plan of its LP's deployments rounded up (<see cref="CoalitionSearch.Relax"/>),
    /// while the budget lasts, and a plan without a solver after (<see cref="CoalitionSearch.Estimate"/>). For an analysis
    /// with a budget, before <see cref="Refine"/>, whose full turns then go where the error bound says.</summary>
    /// <remarks>Why the LP first: it gives every coalition a bound and a plan near its value for a twentieth of the
    /// proofs' time (shapley6 seed 1: 1.9 s of processor time for all 63, plans 0.0–0.8 % above the value, where
    /// the relaxation that proves them takes 22.9 s), so a budget too short for the proofs still ends with a narrow
    /// error bound, and a long one loses little. The root-node turns this pass gave before cost four times as much
    /// for plans half as far off (7.3 s), proved 3 of the 63, and at 5 s left the coalitions they did not reach at
    /// greedy plans 5–30 % above (docs/pooling.md, eighth session, h82). Single nations get a full turn: it costs
    /// little more than their LP (the relaxation and its plan: 0.02–0.06 s) and proves them, and their values, the
    /// largest of all, weigh 1/n in their nations' error bounds.</remarks>
    public void BudgetedPass()
    {
        Parallel.ForEach(
            Partitioner.Create(_coalitions, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism },
            coalition =>
            {
                TimeSpan left = Left;
                if (left < ShortestTurn)
                {
                    _search.Estimate(coalition);
                }
                else if (BitOperations.IsPow2(coalition))
                {
                    TimeSpan turn = TimeSpan.FromTicks(Math.Min(ResolveTurn(coalition).Ticks, left.Ticks));
                    _search.Solve(coalition, turn);
                    _lastTurn[coalition] = turn;
                }
                else
                {
                    _search.Relax(coalition, left);
                }
            });
    }

    /// <summary>Plans every coalition of useful nations once; with a budget, a coalition reached after it is spent
    /// gets a plan without a solver (<see cref="CoalitionSearch.Estimate"/>), and no turn is given more than the time
    /// left.</summary>
    public void FirstPass()
    {
        Parallel.ForEach(
            Partitioner.Create(_coalitions, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism },
            coalition =>
            {
                // A turn that ends before the solver's first bound (the planner then reports 0 or none) leaves the
                // whole value uncertain, and one such coalition can dominate the error bound: it gets twice the time,
                // up to BoundlessRetries times.
                TimeSpan turn = _options.CoalitionPlanner.TimeLimit;
                for (int retry = 0; ; retry++, turn *= 2)
                {
                    if (_options.TimeBudget is not null && Left < ShortestTurn)
                    {
                        if (_search.Best(coalition) is null)
                        {
                            _search.Estimate(coalition);
                        }

                        break;
                    }

                    TimeSpan slice = _options.TimeBudget is null ? turn : TimeSpan.FromTicks(Math.Min(turn.Ticks, Left.Ticks));
                    if (!_search.Solve(coalition, slice))
                    {
                        break;
                    }

                    _lastTurn[coalition] = slice;
                    if (retry == BoundlessRetries || _search.IsProven(coalition) || _search.Bound(coalition) > 0)
                    {
                        break;
                    }
                }
            });
    }

    /// <summary>While the budget lasts, re-solves the unproven coalitions, most weighty first, then tightens the
    /// game by monotonicity, round after round; nothing without a budget.</summary>
    public void Refine()
    {
        if (_options.TimeBudget is null)
        {
            return;
        }

        while (Left > ShortestTurn)
        {
            int[] unproven = [.. _coalitions
                .Where(coalition => !_search.IsProven(coalition))
                .OrderByDescending(coalition => _weight[coalition] * Uncertainty(coalition))];
            if (unproven.Length == 0)
            {
                return;
            }

            Parallel.ForEach(
                Partitioner.Create(unproven, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism },
                (coalition, loop) =>
                {
                    TimeSpan left = Left;
                    if (left < ShortestTurn)
                    {
                        loop.Stop();
                        return;
                    }

                    TimeSpan turn = TimeSpan.FromTicks(Math.Min(ResolveTurn(coalition).Ticks, left.Ticks));
                    if (_search.Solve(coalition, turn))
                    {
                        _lastTurn[coalition] = turn;
                    }
                });
            _search.Tighten();
        }
    }

    /// <summary>A full turn's time (before the cap of the time left): twice the coalition's last turn, or twice the
    /// coalition time limit for its first.</summary>
    private TimeSpan ResolveTurn(int coalition) =>
        2 * _lastTurn.GetValueOrDefault(coalition, _options.CoalitionPlanner.TimeLimit);

    private double Uncertainty(int coalition) =>
        _search.Best(coalition) is { } plan ? plan.Objective - Math.Max(0, _search.Bound(coalition)) : double.PositiveInfinity;

    /// <summary>How much an effective coalition's uncertainty weighs in the largest Shapley error bound: every
    /// coalition it stands for (itself with any null players) enters a player's bound with weight |S|!(n−|S|−1)!/n!
    /// (as S, for players outside) or (|S|−1)!(n−|S|)!/n! (as S ∪ {i}, for players inside); the larger counts.</summary>
    private double[] PriorityWeights()
    {
        int n = _search.Nations.Length;
        double[] shapley = ShapleyValue.Weights(n);
        var weight = new double[1 << n];
        for (int coalition = 1; coalition < weight.Length; coalition++)
        {
            int size = BitOperations.PopCount((uint)coalition);
            weight[coalition & _search.Useful] += Math.Max(size < n ? shapley[size] : 0, shapley[size - 1]);
        }

        return weight;
    }
}
