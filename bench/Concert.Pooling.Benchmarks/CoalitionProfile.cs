using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>Where the exact Shapley value's time goes: every coalition of a fair-share instance's useful nations, one
/// after the other on one thread, through the steps of a coalition's full turn (<c>PhaseSolver.MipFromDeploymentRelaxation</c>)
/// each run to its end, with the processor time of each step, the step whose bound or plan closed the gap, and the gap
/// left (docs/pooling.md, eighth session, h82).</summary>
/// <remarks>The steps, as the game runs them: the greedy plan (the model's hint), HiGHS's LP bound (what a coalition
/// the budget does not reach gets), SCIP stopped at its root node (the budgeted first pass), SCIP's deployment
/// relaxation without cuts, the schedule of its deployments, lazy integrality of the schedule, and HiGHS on the whole
/// model from the best plan, stopping at one that meets the bound. Each coalition is solved from its own greedy plan,
/// not from a super-coalition's, so the times are those of a coalition alone.</remarks>
internal static class CoalitionProfile
{
    private const ScheduleWidening Widening = ScheduleWidening.GroupsInProject;

    public static void Run(BenchmarkTier tier, int seed, double stepSeconds, TextWriter output)
    {
        PoolingProblem problem = InstanceGenerator.Generate(tier, seed);
        long price = PoolingPlanner.AutomaticShortfallPrice(problem);
        Trigraph[] nations = [.. problem.Nations];
        var planner = new PlannerOptions { ShortfallPricePerRiskUnitWeek = price };
        int useful = new Fairness.CoalitionSearch(problem, planner).Useful;
        output.WriteLine(Invariant(
            $"# {tier.Name} seed {seed}: {nations.Length} nations, useful {Convert.ToString(useful, 2)}, steps up to {stepSeconds:0.##} s; processor s of each step; 'proof' is the step that closed the gap"));
        output.WriteLine("# mask size | greedy | LP bound (s) | LP's deployments rounded up, plan (s) | root plan / bound (s) | relaxation bound (s) | its plan (s) | lazy bound, steps (s) | HiGHS plan / bound (s) | value, gap, proof, total s");
        var totals = new Dictionary<string, (int Count, double Seconds)>(StringComparer.Ordinal);
        double all = 0;
        foreach (int mask in Enumerable.Range(1, (1 << nations.Length) - 1).Where(mask => (mask & ~useful) == 0).OrderByDescending(int.PopCount).ThenBy(mask => mask))
        {
            Trigraph[] members = [.. nations.Where((_, player) => (mask & (1 << player)) != 0)];
            (string line, string proof, double seconds) = Profile(problem.RestrictedTo(members), price, stepSeconds);
            all += seconds;
            string key = Invariant($"size {int.PopCount(mask)}, {proof}");
            totals[key] = (totals.GetValueOrDefault(key).Count + 1, totals.GetValueOrDefault(key).Seconds + seconds);
            output.WriteLine(Invariant($"{{{string.Join(',', members.Select(nation => nation.Code))}}} {int.PopCount(mask)} | {line}"));
            output.Flush();
        }

        output.WriteLine(Invariant($"# total {all:0.00} s processor"));
        foreach ((string key, (int count, double seconds)) in totals.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Invariant($"# {key}: {count} coalitions, {seconds:0.00} s"));
        }
    }

    private static (string Line, string Proof, double Seconds) Profile(PoolingProblem problem, long price, double stepSeconds)
    {
        var index = new PlanningIndex(problem, price);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        Schedule greedy = GreedyPlanner.Build(index);
        model.Hint(greedy);
        model.MinimizePricedObjective();
        CpModelProto proto = model.Model.Model;
        IReadOnlyList<long> planValues = model.HintValues()!;
        double plan = model.ObjectiveOf(planValues);
        double bound = double.NegativeInfinity;
        string? proof = null;
        double total = 0;
        var line = new List<string> { Invariant($"{plan:0}") };

        void Close(string step)
        {
            proof ??= plan - bound < 1 - WholeBound.Margin ? step : null;
        }

        double Timed(Action step)
        {
            TimeSpan before = PlannerBenchmark.ProcessorTime();
            step();
            double seconds = (PlannerBenchmark.ProcessorTime() - before).TotalSeconds;
            total += seconds;
            return seconds;
        }

        double lp = double.NegativeInfinity;
        double lpSeconds = Timed(() => lp = PricedLpBound.Of(problem, new PlannerOptions { ShortfallPricePerRiskUnitWeek = price }, stepSeconds));
        line.Add(Invariant($"{lp:0} ({lpSeconds:0.00})"));

        // A plan from the LP without a search: its deployments rounded up, and the schedule that makes the most of them.
        SolveOutcome rounded = SolveOutcome.Nothing;
        double roundedSeconds = Timed(() =>
        {
            using var run = new MipRun(proto, new HashSet<int>(), MipEngine.Highs);
            run.Solve(stepSeconds, 0, 0);
            if (run.RelaxationValues.Count == 0)
            {
                return;
            }

            double[] up = [.. run.RelaxationValues];
            foreach (int deployment in model.DeploymentVariables)
            {
                up[deployment] = Math.Ceiling(up[deployment] - 0.05);
            }

            using var schedule = new MipRun(model.WithDeploymentsOf(up));
            rounded = schedule.Solve(stepSeconds, 0, 0);
        });
        line.Add(Invariant($"{rounded.Objective:0} ({roundedSeconds:0.00})"));

        SolveOutcome root = SolveOutcome.Nothing;
        double rootSeconds = Timed(() =>
        {
            using var run = new MipRun(proto);
            root = run.Solve(stepSeconds, 0, 0, rootNodeOnly: true);
        });
        line.Add(Invariant($"{root.Objective:0} / {WholeBound.RoundUp(root.Bound):0} ({rootSeconds:0.00})"));

        // The full turn from here, as the game's re-solves run it: the root pass's plan is its start.
        (plan, planValues) = root.HasSolution && root.Objective < plan ? (root.Objective, root.Values) : (plan, planValues);
        bound = Math.Max(Math.Max(lp, bound), WholeBound.RoundUp(root.Bound));
        Close("root");
        double rootBound = bound;
        bound = double.NegativeInfinity;

        double relaxed = double.NegativeInfinity;
        IReadOnlyList<double> relaxation = [];
        double relaxationSeconds = Timed(() =>
        {
            using var run = new MipRun(proto, model.DeploymentVariables);
            relaxed = WholeBound.RoundUp(run.Solve(stepSeconds, 0, 0).Bound);
            relaxation = run.RelaxationValues;
        });
        bound = relaxed;
        line.Add(Invariant($"{relaxed:0} ({relaxationSeconds:0.00})"));
        Close("relaxation");

        if (relaxation.Count > 0)
        {
            SolveOutcome own = SolveOutcome.Nothing;
            double ownSeconds = Timed(() =>
            {
                using var run = new MipRun(model.WithDeploymentsOf(relaxation));
                own = run.Solve(stepSeconds, 0, 0);
            });
            line.Add(Invariant($"{own.Objective:0} ({ownSeconds:0.00})"));
            (plan, planValues) = own.HasSolution && own.Objective < plan ? (own.Objective, own.Values) : (plan, planValues);
            Close("its plan");
        }
        else
        {
            line.Add("- (0)");
        }

        if (relaxation.Count > 0 && proof is null)
        {
            RefinedRelaxation? refined = null;
            double lazySeconds = Timed(() => refined = LazyScheduleIntegrality.Refine(
                model, proto, relaxation, relaxed, planValues, plan - WholeBound.Margin, Widening, stepSeconds, 0, 0));
            bound = Math.Max(bound, refined!.Bound);
            line.Add(Invariant($"{refined.Bound:0}, {refined.Steps.Count} ({lazySeconds:0.00})"));
            if (refined.Steps.Count > 0)
            {
                Close("lazy steps");
                if (proof is null)
                {
                    SolveOutcome last = SolveOutcome.Nothing;
                    total += Timed(() =>
                    {
                        using var run = new MipRun(model.WithDeploymentsOf(refined.Values));
                        last = run.Solve(stepSeconds, 0, 0);
                    });
                    (plan, planValues) = last.HasSolution && last.Objective < plan ? (last.Objective, last.Values) : (plan, planValues);
                    Close("lazy steps' plan");
                }
            }
        }
        else
        {
            line.Add("- (0)");
        }

        if (proof is null)
        {
            model.Hint(planValues);
            SolveOutcome highs = SolveOutcome.Nothing;
            double target = double.IsFinite(bound) ? bound : double.NegativeInfinity;
            double highsSeconds = Timed(() =>
            {
                using var run = new MipRun(proto, engine: MipEngine.Highs);
                highs = run.Solve(stepSeconds, 0, 0, target);
            });
            line.Add(Invariant($"{highs.Objective:0} / {WholeBound.RoundUp(highs.Bound):0} ({highsSeconds:0.00})"));
            (plan, planValues) = highs.HasSolution && highs.Objective < plan ? (highs.Objective, highs.Values) : (plan, planValues);
            bound = Math.Max(bound, WholeBound.RoundUp(highs.Bound));
            Close("HiGHS");
        }
        else
        {
            line.Add("- (0)");
        }

        bound = Math.Max(bound, rootBound);
        proof ??= "open";
        line.Add(Invariant($"{plan:0}, {(plan - bound) / plan:P3}, {proof}, {total:0.00}"));
        return (string.Join(" | ", line), proof, total);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
