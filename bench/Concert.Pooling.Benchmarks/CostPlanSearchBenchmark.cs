using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>How soon CP-SAT with few workers finds the cost phase's cheap plans from the trimmed coverage plan, as it
/// would beside SCIP's deployment relaxation on the second core (docs/pooling.md, eighth session, h83): every
/// improving plan's asset cost with its wall and processor time.</summary>
internal static class CostPlanSearchBenchmark
{
    public static void Run(BenchmarkTier tier, int seed, int workers, double seconds, TextWriter output)
    {
        (CpSatPoolingModel model, _, long riskFloor) = RelaxationSettingsBenchmark.CostPhaseModel(new PlanningIndex(InstanceGenerator.Generate(tier, seed), null));
        double offset = (double)model.RiskWeightInObjective * riskFloor;
        using var solver = new CpSolver { StringParameters = Invariant($"num_workers:{workers},max_time_in_seconds:{seconds}") };
        var progress = new Progress(offset, output);
        CpSolverStatus status = solver.Solve(model.Model, progress);
        output.WriteLine(Invariant($"{tier.Name} seed {seed}, CP-SAT {workers} workers: {status} {solver.ObjectiveValue - offset:F0}, bound {solver.BestObjectiveBound - offset:F1}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Progress(double offset, TextWriter output) : CpSolverSolutionCallback
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly TimeSpan _start = PlannerBenchmark.ProcessorTime();

        public override void OnSolutionCallback() =>
            output.WriteLine(Invariant($"  {ObjectiveValue() - offset:F0} at {_clock.Elapsed.TotalSeconds:F2} s wall, {(PlannerBenchmark.ProcessorTime() - _start).TotalSeconds:F2} s processor"));
    }
}
