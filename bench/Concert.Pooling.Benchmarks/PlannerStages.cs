using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>Where a small tier's plan spends its time: the planner's path (<c>PoolingPlanner.Plan</c> with coverage first)
/// stage by stage — index and greedy plan, model, coverage phase, trimming, the cost phase's deployment relaxation,
/// the plan of its deployments, each lazy-integrality step, the last plan and the evaluation — with the wall and
/// processor seconds of each (docs/pooling.md, eighth session, h83). The stages are the planner's own calls in its
/// order, with the tier's options; the cost phase stops after its relaxation turn, where B0–B1 are proven.</summary>
internal static class PlannerStages
{
    public static void Run(BenchmarkTier tier, int seed, TextWriter output)
    {
        var problem = InstanceGenerator.Generate(tier, seed);
        var options = new PlannerOptions { TimeLimit = tier.TimeLimit, RelativeGapTolerance = tier.GapTolerance };

        // The bench plans the greedy baseline first; so does this, so that the same code is compiled when timing starts.
        _ = PoolingPlanner.PlanGreedy(problem, options);
        var stages = new StageClock(output);
        var index = new PlanningIndex(problem, options.ShortfallPricePerRiskUnitWeek);
        Schedule start = GreedyPlanner.Build(index);
        var model = new CpSatPoolingModel(index, options.BreakSymmetry);
        model.Hint(start);
        stages.Lap("index, greedy plan, model");

        model.MinimizeUncoveredRisk();
        SolveOutcome coverage = PhaseSolver.CoveragePhase(model, options, options.TimeLimit.TotalSeconds / 2, absoluteGap: 0);
        stages.Lap(Invariant($"coverage phase (risk {coverage.Objective:F0}, bound {coverage.Bound:F1})"));

        Schedule covering = model.Read(coverage.Values);
        IdleUnitTrimmer.Trim(index, covering);
        long riskFloor = (long)Math.Ceiling(Math.Max(0, coverage.Bound) - 1e-6);
        model.MinimizeAssetCostAfterRisk(riskFloor);
        model.Hint(covering);
        long riskCeiling = PlanEvaluator.UncoveredRisk(index, covering);
        CpModelProto relaxation = model.CostWithRiskAtMost(riskCeiling);
        stages.Lap("trimming, cost model, relaxation model");

        double seconds = options.TimeLimit.TotalSeconds / 4;
        using var scip = new MipRun(relaxation, model.DeploymentVariables);
        double bound = scip.Solve(seconds, options.RelativeGapTolerance, 0).Bound;
        stages.Lap(Invariant($"deployment relaxation ({bound:F1}, {LazyScheduleIntegrality.Fractional(model.ScheduleVariables, scip.RelaxationValues).Count} schedule values fractional)"));

        SolveOutcome plan = ScheduleOf(model, scip.RelaxationValues);
        double offset = (double)model.RiskWeightInObjective * riskFloor;
        stages.Lap(Invariant($"plan of its deployments ({plan.Objective - offset:F0})"));
        if (plan.Objective - offset > WholeBound.RoundUp(bound))
        {
            RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
                model, relaxation, scip.RelaxationValues, bound, plan.Values, plan.Objective - offset, ScheduleWidening.GroupsInProject, seconds, options.RelativeGapTolerance, 0);
            stages.Lap(Invariant($"lazy integrality: {string.Join(", ", refined.Steps.Select(step => Invariant($"{step.IntegerVariables} integer, bound {step.Bound:F0}")))}"));
            if (refined.Bound < plan.Objective - offset)
            {
                SolveOutcome last = ScheduleOf(model, refined.Values);
                stages.Lap(Invariant($"plan of the last step's deployments ({last.Objective - offset:F0})"));
            }
        }

        _ = PlanEvaluator.Evaluate(index, model.Read(plan.Values), PlanSolveStatus.Optimal, bound: null, TimeSpan.Zero, options);
        stages.Lap("evaluation");
        stages.Total();
    }

    private static SolveOutcome ScheduleOf(CpSatPoolingModel model, IReadOnlyList<double> values)
    {
        using var schedule = new MipRun(model.WithDeploymentsOf(values));
        return schedule.Solve(5, 0, 0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Wall and processor time since the last lap, and in all.</summary>
    private sealed class StageClock(TextWriter output)
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _firstProcessor = PlannerBenchmark.ProcessorTime();
        private TimeSpan _lastWall;
        private TimeSpan _lastProcessor = PlannerBenchmark.ProcessorTime();

        public void Lap(string stage)
        {
            TimeSpan wall = _wall.Elapsed, processor = PlannerBenchmark.ProcessorTime();
            output.WriteLine(Invariant($"  {(wall - _lastWall).TotalSeconds,6:F3} s wall {(processor - _lastProcessor).TotalSeconds,6:F3} s processor  {stage}"));
            (_lastWall, _lastProcessor) = (wall, processor);
        }

        public void Total() =>
            output.WriteLine(Invariant($"  {_wall.Elapsed.TotalSeconds,6:F3} s wall {(PlannerBenchmark.ProcessorTime() - _firstProcessor).TotalSeconds,6:F3} s processor  in all"));
    }
}
