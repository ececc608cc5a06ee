using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>Where a budgeted exact Shapley analysis spends its time: the game built as the fair-share tiers build it
/// (<see cref="PlannerBenchmark"/>), then every solver turn it took (<see cref="PoolingGame.Turns"/>) in the order they
/// ended, and by coalition size the turns, their wall-clock seconds (summed over the parallel turns) and the coalitions
/// proven, the coalitions left more than 1 % uncertain, and when the last was proven (docs/pooling.md, eighth session, h82).</summary>
internal static class GameProfile
{
    public static void Run(BenchmarkTier tier, int seed, TimeSpan budget, TextWriter output)
    {
        PoolingProblem problem = InstanceGenerator.Generate(tier, seed);
        var clock = Stopwatch.StartNew();
        TimeSpan processorBefore = PlannerBenchmark.ProcessorTime();
        var defaults = new PoolingGameOptions();
        PoolingGame game = PoolingGame.Build(problem, defaults with { TimeBudget = budget > TimeSpan.Zero ? budget : null });
        double seconds = clock.Elapsed.TotalSeconds;
        double processor = (PlannerBenchmark.ProcessorTime() - processorBefore).TotalSeconds;
        double grand = game.Game.Value(game.Game.GrandCoalition);
        double error = ShapleyValue.ErrorBounds(game.Game.Players, game.ValueUncertainty).Max() / grand;
        output.WriteLine(Invariant(
            $"# {tier.Name} seed {seed}, budget {budget.TotalSeconds:0} s: {game.ProvenOptimalCoalitions} of {1 << game.Nations.Length} proven, Shapley within ±{error:P2} of v(N), {game.Turns.Count} turns, {seconds:0.00} s wall, {processor:0.00} s processor, load {File.ReadAllText("/proc/loadavg")[..14]}"));
        output.WriteLine("# end s | coalition | size | limit s | wall s | objective | bound | proven");
        foreach (CoalitionTurn turn in game.Turns.OrderBy(turn => turn.Start + turn.Wall))
        {
            string members = string.Join(',', game.Nations.Where((_, player) => (turn.Coalition & (1 << player)) != 0).Select(nation => nation.Code));
            output.WriteLine(Invariant(
                $"{(turn.Start + turn.Wall).TotalSeconds:0.00} | {{{members}}} | {BitOperations.PopCount((uint)turn.Coalition)} | {turn.Limit.TotalSeconds:0.00} | {turn.Wall.TotalSeconds:0.00} | {turn.Objective:0} | {turn.Bound:0} | {(turn.Proven ? "yes" : "no")}"));
        }

        foreach (IGrouping<int, CoalitionTurn> size in game.Turns.GroupBy(turn => BitOperations.PopCount((uint)turn.Coalition)).OrderByDescending(group => group.Key))
        {
            int proven = size.Where(turn => turn.Proven).Select(turn => turn.Coalition).Distinct().Count();
            output.WriteLine(Invariant(
                $"# size {size.Key}: {size.Count()} turns, {size.Sum(turn => turn.Wall.TotalSeconds):0.00} s, {size.Select(turn => turn.Coalition).Distinct().Count()} coalitions, {proven} proven by a turn"));
        }

        int[] wide = [.. Enumerable.Range(1, game.Game.GrandCoalition).Where(coalition => game.ValueUncertainty(coalition) > 0.01 * game.Game.Value(coalition))];
        output.WriteLine(Invariant(
            $"# {wide.Length} coalitions more than 1 % uncertain, by size: {string.Join(", ", wide.GroupBy(coalition => BitOperations.PopCount((uint)coalition)).OrderBy(group => group.Key).Select(group => $"{group.Key}: {group.Count()}"))}"));
        double lastProof = game.Turns.Where(turn => turn.Proven).Select(turn => (turn.Start + turn.Wall).TotalSeconds).DefaultIfEmpty(0).Max();
        output.WriteLine(Invariant($"# last proof by a turn at {lastProof:0.00} s; turns {game.Turns.Sum(turn => turn.Wall.TotalSeconds):0.00} s of wall time, summed"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
