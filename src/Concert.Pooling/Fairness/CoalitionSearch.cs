using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Pooling.Fairness;

/// <summary>The coalition plans of a <see cref="PoolingGame"/> as they are searched: for each coalition of useful
/// nations, the best plan found for it and the best lower bound proven for its value, from its own solves and from
/// those of other coalitions. Thread-safe: solves of different coalitions run in parallel.</summary>
/// <remarks>
/// <para>Nations whose pledges can serve no requirement (funds only, or assets no requirement can use) are null
/// players: a coalition's plan is that of its useful members (its effective coalition), and a coalition without
/// any needs no solver.</para>
/// <para>More pledges never cost more (v(S) ≥ v(T) when S ⊆ T), and a plan is a plan for every coalition that holds
/// the nations whose units it uses (its support). So a coalition's value is at most the objective of any plan found
/// whose support it holds — a sub-coalition's, or a super-coalition's that leaves the others' units unused — and at
/// least the bound proven for any super-coalition. When the two meet the coalition is proven without a solver
/// (<see cref="MonotoneBounds"/> does the same for all coalitions at once).</para>
/// </remarks>
internal sealed class CoalitionSearch
{
    private readonly PoolingProblem _problem;
    private readonly PlannerOptions _planner;
    private readonly Lock _gate = new();

    // Only coalitions searched so far: beyond the exact limit the game is sampled, and 2ⁿ entries would not fit.
    private readonly Dictionary<int, (PoolingPlan Plan, int Support, double Bound)> _entries = [];
    private readonly ConcurrentQueue<CoalitionTurn> _turns = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _solverRuns;

    /// <summary>Prepares the search; the planner options must carry the shortfall price shared by all coalitions.</summary>
    public CoalitionSearch(PoolingProblem problem, PlannerOptions planner)
    {
        _problem = problem;
        _planner = planner;
        Nations = problem.Nations;
        Useful = UsefulPlayers(problem, Nations);
        BuyInCost = PoolingPlanner.Plan(problem.RestrictedTo([]), planner).Objective;
    }

    /// <summary>What buying every requirement-week in at the shortfall price costs: the value of a coalition without
    /// a useful pledge, in k€.</summary>
    public double BuyInCost { get; }

    /// <summary>The players, in the problem's nation order.</summary>
    public ImmutableArray<Trigraph> Nations { get; }

    /// <summary>The mask of the players with at least one pledge some requirement can use.</summary>
    public int Useful { get; }

    /// <summary>Solver runs so far, re-solves included.</summary>
    public int SolverRuns => Volatile.Read(ref _solverRuns);

    /// <summary>Every solver turn so far, in the order they ended (as <see cref="SolverRuns"/> counts them).</summary>
    public IReadOnlyCollection<CoalitionTurn> Turns => _turns;

    /// <summary>The best plan known for an effective coalition (a subset of <see cref="Useful"/>), or null.</summary>
    public PoolingPlan? Best(int effective)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(effective, out var entry) ? entry.Plan : null;
        }
    }

    /// <summary>The best lower bound known for an effective coalition's value (negative infinity when none).</summary>
    public double Bound(int effective)
    {
        lock (_gate)
        {
            return BoundOf(effective);
        }
    }

    /// <summary>Whether the coalition's best plan is proven optimal by the bounds known, within the planner's relative
    /// gap tolerance (none by default).</summary>
    public bool IsProven(int effective)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(effective, out var entry) && entry.Bound >= entry.Plan.Objective - Tolerance(entry.Plan.Objective);
        }
    }

    /// <summary>Plans an effective coalition within the time limit, unless the plans and bounds of other coalitions
    /// already prove a plan for it. The search starts from the coalition's own best plan when it has one (a
    /// re-solve), else from the best plan of a coalition with one useful nation more, less that nation's units.</summary>
    /// <param name="effective">The effective coalition.</param>
    /// <param name="timeLimit">The solver's time limit.</param>
    /// <returns>Whether a solver ran.</returns>
    public bool Solve(int effective, TimeSpan timeLimit)
    {
        PoolingPlan? start;
        lock (_gate)
        {
            (PoolingPlan? known, int support, double bound) = Known(effective);
            if (known is not null && bound >= known.Objective - Tolerance(known.Objective))
            {
                Record(effective, known, support, bound);
                return false;
            }

            start = (_entries.TryGetValue(effective, out var recorded) ? recorded.Plan : null) ?? known ?? SmallestLossSuperset(effective);
        }

        TimeSpan started = _clock.Elapsed;
        PoolingProblem own = _problem.RestrictedTo(Members(effective));
        PlannerOptions options = _planner with { TimeLimit = timeLimit };
        PoolingPlan plan = start is null ? PoolingPlanner.Plan(own, options) : PoolingPlanner.Replan(own, start, options);
        if (effective != 0)
        {
            // Without a useful pledge the planner answers the all-short plan at once, no solver involved.
            Interlocked.Increment(ref _solverRuns);
        }

        lock (_gate)
        {
            // A plan proven within a gap tolerance keeps the solver's bound, so its gap stays in the error bound.
            Record(effective, plan, SupportOf(plan), plan.IsProvenOptimal ? plan.Objective : plan.BestBound ?? double.NegativeInfinity);
            var entry = _entries[effective];
            if (effective != 0)
            {
                _turns.Enqueue(new CoalitionTurn(
                    effective, started, _clock.Elapsed - started, timeLimit, entry.Plan.Objective, entry.Bound, entry.Bound >= entry.Plan.Objective - Tolerance(entry.Plan.Objective)));
            }
        }

        return true;
    }

    /// <summary>Gives an effective coalition a plan without a solver, once a time budget is spent: the cheaper of its
    /// own greedy plan and the cheapest plan found whose support it holds, with the best bound proven for a
    /// super-coalition (its value's uncertainty then counts in the Shapley error bound).</summary>
    public void Estimate(int effective) => EstimateOwn(effective, _problem.RestrictedTo(Members(effective)), double.NegativeInfinity, ownPlan: null);

    /// <summary>As <see cref="Estimate(int)"/>, for the coalition's own problem <paramref name="own"/>, with
    /// <paramref name="ownPlan"/> among the plans and <paramref name="ownBound"/> among the bounds.</summary>
    private void EstimateOwn(int effective, PoolingProblem own, double ownBound, PoolingPlan? ownPlan)
    {
        PoolingPlan greedy = PoolingPlanner.PlanGreedy(own, _planner);
        lock (_gate)
        {
            (PoolingPlan? known, int support, double bound) = Known(effective);
            bound = Math.Max(bound, ownBound);
            Record(effective, greedy, SupportOf(greedy), bound);
            if (ownPlan is not null)
            {
                Record(effective, ownPlan, SupportOf(ownPlan), bound);
            }

            if (known is not null)
            {
                Record(effective, known, support, bound);
            }
        }
    }

    /// <summary>As <see cref="Estimate(int)"/>, with the bound of the coalition's LP relaxation and the plan of its deployments
    /// rounded up (<see cref="PricedLpBound.WithRoundedPlan"/>): for a coalition the budget leaves no solver turn, a
    /// bound near its value, where a super-coalition's can be half of it, and a plan about 1 % above it, where its greedy
    /// plan can be 30 % above.</summary>
    /// <param name="effective">The effective coalition, not empty.</param>
    /// <param name="lpLimit">The most the LP and the plan may take; without an answer by then only the
    /// super-coalitions' bounds and the greedy plan hold.</param>
    public void Relax(int effective, TimeSpan lpLimit)
    {
        PoolingProblem own = _problem.RestrictedTo(Members(effective));
        (double bound, PoolingPlan? plan) = PricedLpBound.WithRoundedPlan(own, _planner, lpLimit.TotalSeconds);
        EstimateOwn(effective, own, bound, plan);
    }

    /// <summary>Every coalition's plan becomes the best plan known whose support it holds, and its bound the best
    /// proven for it, any super-coalition or any split of it into two parts (<see cref="MonotoneBounds"/>): values
    /// only fall towards the optimum, bounds only rise.</summary>
    public void Tighten()
    {
        lock (_gate)
        {
            // Each support mask is seeded with the cheapest plan using exactly those nations; the least value over
            // the sub-masks of a coalition is then the best plan it can field.
            var cheapest = new Dictionary<int, PoolingPlan>();
            foreach ((PoolingPlan Plan, int Support, double Bound) entry in _entries.Values)
            {
                if (!cheapest.TryGetValue(entry.Support, out PoolingPlan? known) || entry.Plan.Objective < known.Objective)
                {
                    cheapest[entry.Support] = entry.Plan;
                }
            }

            (_, int[] source, double[] lower) = MonotoneBounds.Tighten(
                Nations.Length,
                mask => cheapest.TryGetValue(mask, out PoolingPlan? plan) ? plan.Objective : double.PositiveInfinity,
                mask => BoundOf(mask & Useful),
                BuyInCost);
            foreach (int effective in _entries.Keys.Where(effective => effective != 0).ToList())
            {
                Record(effective, cheapest[source[effective]], source[effective], lower[effective]);
            }
        }
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

    /// <summary>How far below a plan's objective its bound may stay for the plan to count as proven: the planner's
    /// relative gap tolerance, and 1e-6 k€ of floating-point slack.</summary>
    private double Tolerance(double objective) => Math.Max(1e-6, _planner.RelativeGapTolerance * Math.Abs(objective));

    /// <summary>The best bound recorded for an effective coalition; call under the gate.</summary>
    private double BoundOf(int effective) => _entries.TryGetValue(effective, out var entry) ? entry.Bound : double.NegativeInfinity;

    /// <summary>Keeps the better of the recorded plan and this one, and the higher bound; call under the gate.</summary>
    private void Record(int effective, PoolingPlan plan, int support, double bound)
    {
        bound = Math.Max(BoundOf(effective), bound);
        _entries[effective] = _entries.TryGetValue(effective, out var current) && current.Plan.Objective <= plan.Objective
            ? current with { Bound = bound }
            : (plan, support, bound);
    }

    /// <summary>What the searches so far say of a coalition: the cheapest plan found whose support it holds, and the
    /// best bound proven for it or a super-coalition.</summary>
    private (PoolingPlan? Plan, int Support, double Bound) Known(int effective)
    {
        (PoolingPlan? best, int support, double bound) = (null, 0, double.NegativeInfinity);
        foreach ((int other, (PoolingPlan Plan, int Support, double Bound) entry) in _entries)
        {
            if ((entry.Support & ~effective) == 0 && (best is null || entry.Plan.Objective < best.Objective))
            {
                (best, support) = (entry.Plan, entry.Support);
            }

            if ((effective & ~other) == 0)
            {
                bound = Math.Max(bound, entry.Bound);
            }
        }

        return (best, support, bound);
    }

    /// <summary>The plan of a solved coalition with one useful nation more whose units it uses least, so that removing
    /// them leaves the most of the plan standing; null when none is solved yet.</summary>
    private PoolingPlan? SmallestLossSuperset(int effective)
    {
        PoolingPlan? best = null;
        long bestLoss = long.MaxValue;
        for (int player = 0; player < Nations.Length; player++)
        {
            int bit = 1 << player;
            if ((Useful & bit) == 0 || (effective & bit) != 0 || !_entries.TryGetValue(effective | bit, out var solved))
            {
                continue;
            }

            long loss = solved.Plan.CostByNation.GetValueOrDefault(Nations[player]);
            if (loss < bestLoss)
            {
                (best, bestLoss) = (solved.Plan, loss);
            }
        }

        return best;
    }

    /// <summary>The nations whose units the plan uses.</summary>
    private int SupportOf(PoolingPlan plan)
    {
        int support = 0;
        foreach (PlanAssignment assignment in plan.Assignments)
        {
            support |= 1 << Nations.IndexOf(assignment.Nation);
        }

        return support;
    }

    /// <summary>The nations of a coalition mask.</summary>
    public IEnumerable<Trigraph> Members(int coalition) =>
        Nations.Where((_, player) => (coalition & (1 << player)) != 0);
}
