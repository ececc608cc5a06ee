using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks;

/// <summary>SCIP against HiGHS on the models the planner hands a MIP solver, each run alone, one after the other, with
/// its wall and processor time (the whole process's, so every solver thread counts): for a planner tier the coverage
/// phase, the cost phase's deployment relaxation (only the deployments integer) and the whole cost-phase model; for a
/// fair-share tier the priced model of the coalitions of at least <c>coalitionSize</c> nations: whole, stopped at its
/// root node (the budgeted analysis's first pass), as its deployment relaxation and as its LP (<see cref="PricedLpBound"/>).</summary>
/// <remarks>The models are built as the planner builds them: the greedy plan as hint, the coverage phase's least risk
/// (SCIP's proof) as the cost phase's floor and cap, its plan trimmed of idle units as the cost phase's hint; the
/// coalitions' models with the game's shared shortfall price, from their greedy plans.</remarks>
internal static class MipEngineBenchmark
{
    private static readonly MipEngine[] Engines = [MipEngine.Scip, MipEngine.Highs];

    public static void Run(BenchmarkTier tier, int seeds, double seconds, int coalitionSize, TextWriter output)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"# MIP engines on tier {tier.Name}, {seeds} seeds, {seconds:0.##} s a run, {Environment.ProcessorCount} cores; objective, bound, proven, wall / processor s"));
        for (int seed = 1; seed <= seeds; seed++)
        {
            PoolingProblem problem = InstanceGenerator.Generate(tier, seed);
            if (tier.IsFairShare)
            {
                Coalitions(tier, seed, problem, seconds, coalitionSize, output);
            }
            else
            {
                Phases(tier, seed, problem, seconds, output);
            }
        }
    }

    private static void Phases(BenchmarkTier tier, int seed, PoolingProblem problem, double seconds, TextWriter output)
    {
        var index = new PlanningIndex(problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.Hint(GreedyPlanner.Build(index));
        model.MinimizeUncoveredRisk();
        string name = $"{tier.Name} seed {seed}";
        SolveOutcome coverage = Compare(output, $"{name} coverage", model.Model.Model, null, seconds);
        if (!coverage.HasSolution)
        {
            output.WriteLine($"{name}: no coverage plan, no cost phase");
            return;
        }

        long leastRisk = (long)Math.Ceiling(Math.Max(0, coverage.Bound) - 1e-6);
        Schedule covering = model.Read(coverage.Values);
        IdleUnitTrimmer.Trim(index, covering);
        model.MinimizeAssetCostAfterRisk(leastRisk);
        model.Hint(covering);
        Compare(output, $"{name} deployment relaxation", model.CostWithRiskAtMost((long)Math.Round(coverage.Objective)), model.DeploymentVariables, seconds);
        Compare(output, $"{name} cost phase", model.Model.Model, null, seconds);
    }

    private static void Coalitions(BenchmarkTier tier, int seed, PoolingProblem problem, double seconds, int coalitionSize, TextWriter output)
    {
        long price = PoolingPlanner.AutomaticShortfallPrice(problem);
        Trigraph[] nations = [.. problem.Nations];
        IEnumerable<int> coalitions = Enumerable.Range(1, (1 << nations.Length) - 1)
            .Where(mask => int.PopCount(mask) >= coalitionSize)
            .OrderByDescending(int.PopCount)
            .ThenBy(mask => mask);
        foreach (int mask in coalitions)
        {
            Trigraph[] members = [.. nations.Where((_, player) => (mask & (1 << player)) != 0)];
            var index = new PlanningIndex(problem.RestrictedTo(members), price);
            var model = new CpSatPoolingModel(index, breakSymmetry: true);
            model.Hint(GreedyPlanner.Build(index));
            model.MinimizePricedObjective();
            string name = $"{tier.Name} seed {seed} {{{string.Join(',', members.Select(nation => nation.Code))}}}";
            Compare(output, $"{name} LP", model.Model.Model, new HashSet<int>(), seconds);
            Compare(output, $"{name} root node", model.Model.Model, null, seconds, rootNodeOnly: true);
            Compare(output, $"{name} deployment relaxation", model.Model.Model, model.DeploymentVariables, seconds);
            Compare(output, $"{name} priced", model.Model.Model, null, seconds);
        }
    }

    /// <summary>Runs each engine on the model and prints a line each; returns SCIP's outcome (the planner's reference).</summary>
    private static SolveOutcome Compare(
        TextWriter output, string name, CpModelProto model, IReadOnlySet<int>? integer, double seconds, bool rootNodeOnly = false)
    {
        SolveOutcome reference = SolveOutcome.Nothing;
        foreach (MipEngine engine in Engines)
        {
            var clock = Stopwatch.StartNew();
            TimeSpan processorBefore = PlannerBenchmark.ProcessorTime();
            SolveOutcome outcome;
            using (var run = new MipRun(model, integer, engine))
            {
                outcome = run.Solve(seconds, relativeGap: 0, absoluteGap: 0, rootNodeOnly: rootNodeOnly);
            }

            TimeSpan processor = PlannerBenchmark.ProcessorTime() - processorBefore;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} | {engine,-5} | objective {(outcome.HasSolution ? outcome.Objective.ToString("0", CultureInfo.InvariantCulture) : "-")} bound {outcome.Bound:0.##} proven {(outcome.Proven ? "yes" : "no")} | {clock.Elapsed.TotalSeconds:0.00} / {processor.TotalSeconds:0.00} s"));
            output.Flush();
            reference = engine == MipEngine.Scip ? outcome : reference;
        }

        return reference;
    }
}
