using Concert.Pooling.Benchmarks;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>The greedy plans of the benchmark family, pinned: a change made for speed (the running deployment count
/// of the sixth session, <see cref="RunningDeployment"/>) must not change any of them. The fingerprints and costs were
/// taken from the greedy planner before that change (bench --greedy-only, main at c855152).</summary>
public sealed class GreedyPlanFingerprintTests
{
    public static TheoryData<string, int, string, long, long> Plans => new()
    {
        { "B0", 1, "9A5963C6E3A6D039", 579507, 44401 },
        { "B0", 2, "18B463596C1B0AAB", 1034916, 40513 },
        { "B1", 1, "E2B550B6BA91E4DE", 762021, 84621 },
        { "B1", 2, "A9C4EE23A97700BE", 1058654, 80366 },
        { "B2", 1, "9FE66409EC2F5FB7", 1621538, 210086 },
        { "B2", 2, "6332B6FAC53F2AA3", 1390609, 232075 },
        { "B3", 1, "E9D4C593C6A903DF", 5844329, 2048317 },
        { "B3", 2, "87DD0E282F9F0DC3", 3179565, 1751310 },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Greedy_plan_is_unchanged(string tier, int seed, string fingerprint, long objective, long assetCost)
    {
        PoolingPlan plan = PoolingPlanner.PlanGreedy(InstanceGenerator.Generate(BenchmarkTier.Parse(tier), seed));

        Assert.Equal(fingerprint, GreedyBenchmark.Fingerprint(plan));
        Assert.Equal(objective, plan.Objective);
        Assert.Equal(assetCost, plan.AssetCost);
    }
}
