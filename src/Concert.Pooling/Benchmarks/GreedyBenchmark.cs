using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Benchmarks;

/// <summary>Times the greedy plan alone and prints a fingerprint of it, so that a change to the greedy planner's
/// speed can be shown not to change any plan: one line per instance with the objective, the SHA-256 of the units on
/// station, the wall and processor time of the first run (with the just-in-time compilation a one-off plan pays) and
/// the median of repeated runs after it.</summary>
public static class GreedyBenchmark
{
    /// <summary>Runs the greedy planner on <paramref name="seeds"/> instances (seeds 1, 2, …) of a planner tier.</summary>
    /// <param name="tier">"B0".."B3".</param>
    /// <param name="seeds">How many seeds, at least 1.</param>
    /// <param name="repeats">Timed runs per instance after the first, at least 1; their median is printed.</param>
    /// <param name="output">Where the lines go.</param>
    /// <exception cref="ArgumentException">Unknown tier.</exception>
    public static void Run(string tier, int seeds, int repeats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        BenchmarkTier size = BenchmarkTier.Parse(tier);
        output.WriteLine($"# greedy plan, tier {size.Name}: first run, then the median of {repeats} more; {Environment.ProcessorCount} cores");
        for (int seed = 1; seed <= seeds; seed++)
        {
            PoolingProblem problem = InstanceGenerator.Generate(size, seed);
            TimeSpan firstProcessorBefore = PlannerBenchmark.ProcessorTime();
            var firstClock = Stopwatch.StartNew();
            PoolingPlan plan = PoolingPlanner.PlanGreedy(problem);
            double firstWall = firstClock.Elapsed.TotalSeconds;
            double firstProcessor = (PlannerBenchmark.ProcessorTime() - firstProcessorBefore).TotalSeconds;
            var wall = new double[repeats];
            var processor = new double[repeats];
            for (int run = 0; run < repeats; run++)
            {
                TimeSpan processorBefore = PlannerBenchmark.ProcessorTime();
                var clock = Stopwatch.StartNew();
                PoolingPlan again = PoolingPlanner.PlanGreedy(problem);
                wall[run] = clock.Elapsed.TotalSeconds;
                processor[run] = (PlannerBenchmark.ProcessorTime() - processorBefore).TotalSeconds;
                if (Fingerprint(again) != Fingerprint(plan))
                {
                    throw new InvalidOperationException($"{size.Name} seed {seed}: the greedy plan differs between runs.");
                }
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{size.Name} seed {seed}: greedy objective {plan.Objective} asset cost {plan.AssetCost} coverage {plan.Coverage:P1} " +
                $"plan {Fingerprint(plan)} | first {firstWall:0.000} s (processor {firstProcessor:0.000} s), " +
                $"then {Median(wall):0.000} s (processor {Median(processor):0.000} s)"));
            output.Flush();
        }
    }

    /// <summary>The first 16 hex digits of the SHA-256 of every (group, area, week, units) on station, in order.</summary>
    internal static string Fingerprint(PoolingPlan plan)
    {
        var text = new StringBuilder();
        foreach (var ((group, area, week), units) in plan.UnitsOnStation
            .OrderBy(entry => entry.Key.GroupKey, StringComparer.Ordinal)
            .ThenBy(entry => entry.Key.AreaId, StringComparer.Ordinal)
            .ThenBy(entry => entry.Key.Week))
        {
            text.Append(CultureInfo.InvariantCulture, $"{group}\t{area}\t{week}\t{units}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
