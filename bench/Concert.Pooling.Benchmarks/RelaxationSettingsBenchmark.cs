using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>SCIP's deployment relaxation (only the deployments integer) as the planner solves it, with extra SCIP
/// parameters (<see cref="MipRun.ExtraScipParameters"/>), or HiGHS's, one line a model: for a planner tier the cost phase at its
/// least risk, built as <see cref="MipEngineBenchmark"/> builds it; for a fair-share tier the priced model of every
/// coalition of at least <c>coalitionSize</c> nations. Bound, the relaxation's value, whether finished, wall and
/// processor seconds of this process (SCIP's one thread), so that settings are compared one command each.</summary>
internal static class RelaxationSettingsBenchmark
{
    public static void Run(BenchmarkTier tier, int firstSeed, int seeds, string settings, double seconds, int coalitionSize, double cutoff, MipEngine engine, bool scipLog, TextWriter output)
    {
        output.WriteLine(Invariant($"# deployment relaxation by {engine}, tier {tier.Name}, {seeds} seeds, {seconds:0.##} s a run{(double.IsFinite(cutoff) ? $", stopped at {cutoff:R} either way" : string.Empty)}; settings: {(settings.Length == 0 ? "the planner's" : settings.ReplaceLineEndings("; ").TrimEnd(' ', ';'))}"));
        for (int seed = firstSeed; seed < firstSeed + seeds; seed++)
        {
            PoolingProblem problem = InstanceGenerator.Generate(tier, seed);
            foreach ((string name, CpModelProto model, IReadOnlySet<int> deployments) in tier.IsFairShare
                ? Coalitions(tier, seed, problem, coalitionSize)
                : [CostPhase(tier, seed, problem)])
            {
                var clock = Stopwatch.StartNew();
                TimeSpan before = PlannerBenchmark.ProcessorTime();
                SolveOutcome outcome;
                string below;
                using (var run = new MipRun(model, deployments, engine) { ExtraScipParameters = settings, ScipLog = scipLog })
                {
                    outcome = run.Solve(seconds, relativeGap: 0, absoluteGap: 0, stopAt: double.IsFinite(cutoff) ? cutoff : double.NegativeInfinity, proveAt: double.IsFinite(cutoff) ? cutoff : double.PositiveInfinity);
                    below = run.RelaxationValues.Count > 0 ? Invariant($" | value {ProtoTerms.ObjectiveAt(model, run.RelaxationValues):F1}") : string.Empty;
                }

                output.WriteLine(Invariant($"{name} | bound {outcome.Bound:F1}{below} | {clock.Elapsed.TotalSeconds:F2} wall / {(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} processor s"));
                output.Flush();
            }
        }
    }

    /// <summary>The cost phase's relaxation as the planner hands it to SCIP: the greedy plan as hint, SCIP's least risk
    /// as cap, the coverage plan trimmed of idle units as hint.</summary>
    private static (string, CpModelProto, IReadOnlySet<int>) CostPhase(BenchmarkTier tier, int seed, PoolingProblem problem)
    {
        (CpSatPoolingModel model, CpModelProto cost, _) = CostPhaseModel(new PlanningIndex(problem, null));
        return ($"{tier.Name} seed {seed}", cost, model.DeploymentVariables);
    }

    /// <summary>The model and the cost phase's relaxation built as <see cref="CostPhase"/> builds them, with the least
    /// risk the model's cost phase takes as its floor.</summary>
    internal static (CpSatPoolingModel Model, CpModelProto Cost, long LeastRisk) CostPhaseModel(PlanningIndex index, CpSatPoolingModel? built = null)
    {
        CpSatPoolingModel model = built ?? new CpSatPoolingModel(index, breakSymmetry: true);
        model.Hint(GreedyPlanner.Build(index));
        model.MinimizeUncoveredRisk();
        SolveOutcome coverage;
        using (var run = new MipRun(model.Model.Model))
        {
            coverage = run.Solve(120, 0, 0);
        }

        long leastRisk = (long)Math.Ceiling(Math.Max(0, coverage.Bound) - 1e-6);
        Schedule covering = model.Read(coverage.Values);
        IdleUnitTrimmer.Trim(index, covering);
        model.MinimizeAssetCostAfterRisk(leastRisk);
        model.Hint(covering);
        return (model, model.CostWithRiskAtMost((long)Math.Round(coverage.Objective)), leastRisk);
    }

    private static IEnumerable<(string, CpModelProto, IReadOnlySet<int>)> Coalitions(BenchmarkTier tier, int seed, PoolingProblem problem, int coalitionSize)
    {
        long price = PoolingPlanner.AutomaticShortfallPrice(problem);
        Trigraph[] nations = [.. problem.Nations];
        foreach (int mask in Enumerable.Range(1, (1 << nations.Length) - 1).Where(mask => int.PopCount(mask) >= coalitionSize).OrderByDescending(int.PopCount).ThenBy(mask => mask))
        {
            Trigraph[] members = [.. nations.Where((_, player) => (mask & (1 << player)) != 0)];
            var index = new PlanningIndex(problem.RestrictedTo(members), price);
            var model = new CpSatPoolingModel(index, breakSymmetry: true);
            model.Hint(GreedyPlanner.Build(index));
            model.MinimizePricedObjective();
            yield return ($"{tier.Name} seed {seed} {{{string.Join(',', members.Select(nation => nation.Code))}}}", model.Model.Model, model.DeploymentVariables);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
