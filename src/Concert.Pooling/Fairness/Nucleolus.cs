using Google.OrTools.LinearSolver;

namespace Concert.Pooling.Fairness;

/// <summary>The nucleolus of a cost game by sequential linear programmes (Maschler, Peleg and Shapley 1979),
/// solved with OR-Tools' GLOP: the allocation of v(N) that makes the largest excess x(S) − c(S) (what a coalition
/// pays beyond its stand-alone cost) as small as possible, then the next largest, and so on.</summary>
/// <remarks>
/// <para>Each stage minimises ε subject to x(S) − c(S) ≤ ε for the coalitions not yet fixed. Coalitions whose
/// constraint has a positive dual price are tight in every optimal solution, so they are fixed at ε; so is every
/// coalition whose characteristic vector lies in the span of the fixed ones (its excess no longer varies). Each stage
/// raises the rank of the fixed set, so at most n stages reach the unique allocation.</para>
/// <para>The search is over imputations (x(N) = c(N), xᵢ ≤ c({i})) when there are any, otherwise over
/// pre-imputations (the prenucleolus), which <see cref="NucleolusResult.IsPrenucleolus"/> reports.</para>
/// </remarks>
public static class Nucleolus
{
    /// <summary>Most players: the LPs carry one row per coalition.</summary>
    public const int PlayerLimit = 16;

    /// <summary>The nucleolus of a cost game.</summary>
    /// <param name="game">The cost game.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="PlayerLimit"/> players.</exception>
    /// <exception cref="InvalidOperationException">GLOP did not solve a stage (numerical trouble).</exception>
    public static NucleolusResult OfCostGame(CoalitionGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        int n = game.Players;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, PlayerLimit, nameof(game));
        int grand = game.GrandCoalition;
        double[] cost = [.. Enumerable.Range(0, grand + 1).Select(game.Value)];
        double scale = Math.Max(1, cost.Max(Math.Abs));
        double tolerance = 1e-9 * scale;
        double standAloneTotal = Enumerable.Range(0, n).Sum(player => cost[1 << player]);
        bool imputations = standAloneTotal >= cost[grand] - tolerance;

        if (n == 1)
        {
            return new NucleolusResult([cost[grand]], !imputations, 0);
        }

        var fixedExcess = new Dictionary<int, double>();
        var span = new SpanTracker(n);
        span.TryAdd(grand);
        var free = new HashSet<int>(Enumerable.Range(1, grand - 1));
        double[] allocation = new double[n];
        int stages = 0;
        while (span.Rank < n && free.Count > 0)
        {
            stages++;
            using Solver solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
            Variable[] x = [.. Enumerable.Range(0, n).Select(player => solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, $"x{player}"))];
            Variable epsilon = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "epsilon");
            AddCoalitionRow(solver, x, grand, cost[grand], cost[grand]);
            if (imputations)
            {
                for (int player = 0; player < n; player++)
                {
                    AddCoalitionRow(solver, x, 1 << player, double.NegativeInfinity, cost[1 << player]);
                }
            }

            foreach ((int coalition, double excess) in fixedExcess)
            {
                AddCoalitionRow(solver, x, coalition, cost[coalition] + excess, cost[coalition] + excess);
            }

            var rows = new Dictionary<int, Constraint>();
            foreach (int coalition in free)
            {
                // x(S) − ε ≤ c(S)
                Constraint row = AddCoalitionRow(solver, x, coalition, double.NegativeInfinity, cost[coalition]);
                row.SetCoefficient(epsilon, -1);
                rows[coalition] = row;
            }

            solver.Objective().SetCoefficient(epsilon, 1);
            solver.Objective().SetMinimization();
            Solver.ResultStatus status = solver.Solve();
            if (status != Solver.ResultStatus.OPTIMAL)
            {
                throw new InvalidOperationException($"GLOP answered {status} at nucleolus stage {stages}.");
            }

            double level = epsilon.SolutionValue();
            allocation = [.. x.Select(variable => variable.SolutionValue())];
            var tight = rows.Where(entry => Math.Abs(entry.Value.DualValue()) > 1e-9).Select(entry => entry.Key).ToList();
            if (tight.Count == 0)
            {
                // Degenerate duals: fall back on the coalitions at the level in this solution.
                tight = [.. rows.Keys.Where(coalition => Math.Abs(Excess(allocation, cost, coalition) - level) <= tolerance * 10)];
            }

            foreach (int coalition in tight)
            {
                fixedExcess[coalition] = level;
                free.Remove(coalition);
                span.TryAdd(coalition);
            }

            foreach (int coalition in free.Where(span.Contains).ToList())
            {
                fixedExcess[coalition] = Excess(allocation, cost, coalition);
                free.Remove(coalition);
            }
        }

        return new NucleolusResult([.. allocation], !imputations, stages);
    }

    /// <summary>The nucleolus of a profit (savings) game: the same LPs on the cost game −v, negated back.</summary>
    /// <param name="game">The profit game.</param>
    /// <returns>The allocation.</returns>
    public static NucleolusResult OfProfitGame(CoalitionGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        NucleolusResult asCost = OfCostGame(new CoalitionGame(game.Players, coalition => -game.Value(coalition)));
        return asCost with { Allocation = [.. asCost.Allocation.Select(share => -share)] };
    }

    private static Constraint AddCoalitionRow(Solver solver, Variable[] x, int coalition, double lower, double upper)
    {
        Constraint row = solver.MakeConstraint(lower, upper);
        for (int player = 0; player < x.Length; player++)
        {
            if ((coalition & (1 << player)) != 0)
            {
                row.SetCoefficient(x[player], 1);
            }
        }

        return row;
    }

    private static double Excess(double[] allocation, double[] cost, int coalition)
    {
        double paid = 0;
        for (int player = 0; player < allocation.Length; player++)
        {
            if ((coalition & (1 << player)) != 0)
            {
                paid += allocation[player];
            }
        }

        return paid - cost[coalition];
    }
}
