using System.CommandLine;
using Concert.Pooling.Benchmarks;

namespace Concert.Commands;

/// <summary><c>concert plan bench --tier T [--seeds N]</c>: runs the pooling planner's benchmark tier.</summary>
internal static class PlanCommand
{
    /// <summary>Builds the <c>plan</c> verb.</summary>
    /// <param name="console">Where the benchmark lines go.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandConsole console)
    {
        var tier = new Option<string>("--tier") { Description = "B0, B1, B2, B3, shapley6, shapley8 or shapley10.", Required = true };
        tier.AcceptOnlyFromAmong([.. BenchmarkTier.All.Select(known => known.Name)]);
        var seeds = new Option<int>("--seeds") { Description = "Instances to run (seeds 1..N).", DefaultValueFactory = _ => 5 };
        var bench = new Command("bench", "Plan generated instances of a benchmark tier and print time, cost, coverage and gap.") { tier, seeds };
        bench.SetAction(parse => Bench(parse.GetValue(tier)!, parse.GetValue(seeds), console));
        return new Command("plan", "The Smart Defence pooling planner.") { bench };
    }

    /// <summary>Runs the tier.</summary>
    /// <param name="tier">The tier's name.</param>
    /// <param name="seeds">How many seeds.</param>
    /// <param name="console">Where the lines go.</param>
    /// <returns>0, or 2 when the seed count is below 1.</returns>
    public static int Bench(string tier, int seeds, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (seeds < 1)
        {
            console.Error.WriteLine("concert plan bench: --seeds must be at least 1.");
            return 2;
        }

        using var output = new StreamWriter(console.Output, leaveOpen: true);
        PlannerBenchmark.Run(tier, seeds, output);
        return 0;
    }
}
