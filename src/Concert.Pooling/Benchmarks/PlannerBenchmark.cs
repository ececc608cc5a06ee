using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Benchmarks;

/// <summary>Runs the seeded benchmark family and prints one line per instance: for planner tiers objective,
/// bound, gap, wall-clock and processor time and optimality beside the greedy baseline's cost and coverage; for
/// fair-share tiers the time of the exact Shapley value over every coalition plan, the efficiency check, how far
/// the shares can be off where coalition plans are not proven, and the savings game's shares.</summary>
public static class PlannerBenchmark
{
    /// <summary>Runs <paramref name="seeds"/> instances (seeds 1, 2, …) of a tier.</summary>
    /// <param name="tier">"B0".."B3", "shapley6", "shapley8" or "shapley10".</param>
    /// <param name="seeds">How many seeds, at least 1 (the family uses five).</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="useScip">False to plan with CP-SAT alone (<see cref="PlannerOptions.UseScip"/>), to compare.</param>
    /// <param name="fairShareBudget">Fair-share tiers: the game's <see cref="PoolingGameOptions.TimeBudget"/>; null for
    /// the tier's target time, zero for none (one pass at the coalition time limit).</param>
    /// <param name="fairShareGap">Fair-share tiers: the coalition plans' relative gap tolerance (0: proven optimal); a
    /// coalition proven within it counts as proven and its gap stays in the error bound.</param>
    /// <exception cref="ArgumentException">Unknown tier.</exception>
    public static void Run(string tier, int seeds, TextWriter output, bool useScip = true, TimeSpan? fairShareBudget = null, double fairShareGap = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        BenchmarkTier size = BenchmarkTier.Parse(tier);
        output.WriteLine($"# tier {size.Name}: target {size.Target}; {Environment.ProcessorCount} cores; {(useScip ? "CP-SAT and SCIP" : "CP-SAT alone")}");
        for (int seed = 1; seed <= seeds; seed++)
        {
            PoolingProblem problem = InstanceGenerator.Generate(size, seed);
            output.WriteLine(size.IsFairShare ? FairShareLine(size, seed, problem, useScip, fairShareBudget ?? size.TimeLimit, fairShareGap) : PlannerLine(size, seed, problem, useScip));
            output.Flush();
        }
    }

    private static string PlannerLine(BenchmarkTier tier, int seed, PoolingProblem problem, bool useScip)
    {
        var options = new PlannerOptions { TimeLimit = tier.TimeLimit, RelativeGapTolerance = tier.GapTolerance, UseScip = useScip };
        PoolingPlan greedy = PoolingPlanner.PlanGreedy(problem, options);
        TimeSpan processorBefore = ProcessorTime();
        PoolingPlan plan = PoolingPlanner.Plan(problem, options);
        TimeSpan processor = ProcessorTime() - processorBefore;
        int units = problem.Pledges.Sum(pledge => pledge.Count);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{tier.Name} seed {seed}: {problem.Nations.Length} nations, {units} units, {problem.Areas.Length} areas, {problem.HorizonWeeks} weeks | " +
            $"objective {plan.Objective} bound {plan.BestBound:0} gap {plan.RelativeGap:P3} time {plan.SolveTime.TotalSeconds:0.000} s (processor {processor.TotalSeconds:0.00} s) optimal {(plan.IsProvenOptimal ? "yes" : "no")} coverage {plan.Coverage:P1} | " +
            $"greedy objective {greedy.Objective} ({(double)(greedy.Objective - plan.Objective) / plan.Objective:+0.0 %;-0.0 %}) asset cost {greedy.AssetCost} coverage {greedy.Coverage:P1} | plan asset cost {plan.AssetCost}");
    }

    /// <summary>Processor time of the whole process (every CP-SAT worker thread included): on a shared machine it
    /// says how much work a run took where the wall-clock time also counts other programs' turns.</summary>
    internal static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string FairShareLine(BenchmarkTier tier, int seed, PoolingProblem problem, bool useScip, TimeSpan budget, double gap)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan processorBefore = ProcessorTime();
        var defaults = new PoolingGameOptions();
        PoolingGame game = PoolingGame.Build(
            problem,
            defaults with
            {
                TimeBudget = budget > TimeSpan.Zero ? budget : null,
                CoalitionPlanner = defaults.CoalitionPlanner with
                {
                    UseScip = useScip,
                    UseCpSat = defaults.CoalitionPlanner.UseCpSat || !useScip,
                    RelativeGapTolerance = gap,
                },
            });
        double[] shapley = ShapleyValue.Exact(game.Game);
        double[] savings = ShapleyValue.Exact(game.Savings);
        TimeSpan elapsed = clock.Elapsed;
        TimeSpan processor = ProcessorTime() - processorBefore;
        double grand = game.Game.Value(game.Game.GrandCoalition);
        double[] errors = ShapleyValue.ErrorBounds(game.Game.Players, game.ValueUncertainty);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{tier.Name} seed {seed}: {game.Game.Players} nations, {1 << game.Game.Players} coalition plans ({game.ProvenOptimalCoalitions} proven optimal{(gap > 0 ? $" within {gap:P2}" : "")}, {game.SolverRuns} solver runs, budget {(budget > TimeSpan.Zero ? $"{budget.TotalSeconds:0} s" : "none")}) in {elapsed.TotalSeconds:0.00} s (processor {processor.TotalSeconds:0.0} s) " +
            $"({(elapsed <= tier.TimeLimit ? "within" : "over")} {tier.TimeLimit.TotalSeconds:0} s) | v(N) {grand:0} Σ Shapley {shapley.Sum():0}, each within ±{errors.Max():0} ({errors.Max() / grand:P2} of v(N)) | " +
            $"Shapley {string.Join(' ', game.Nations.Select((nation, player) => $"{nation.Code} {shapley[player]:0}"))} | " +
            $"savings {game.Savings.Value(game.Savings.GrandCoalition):0} of buy-in {game.BuyInCost:0}: {string.Join(' ', game.Nations.Select((nation, player) => $"{nation.Code} {savings[player]:0}"))}");
    }
}
