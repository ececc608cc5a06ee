using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>Properties every plan must have, checked on generated instances against the problem's own data.</summary>
public sealed class PlanPropertyTests
{
    private static readonly BenchmarkTier Small = TestProblems.Small with { TimeLimit = TimeSpan.FromSeconds(2), GapTolerance = 0.01 };

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Optimised_plan_respects_every_hard_rule(int seed) => AssertHardRules(InstanceGenerator.Generate(Small, seed), optimise: true);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Greedy_plan_respects_every_hard_rule(int seed) => AssertHardRules(InstanceGenerator.Generate(Small, seed), optimise: false);

    private static void AssertHardRules(PoolingProblem problem, bool optimise)
    {
        PoolingPlan plan = optimise
            ? PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = Small.TimeLimit, RelativeGapTolerance = Small.GapTolerance })
            : PoolingPlanner.PlanGreedy(problem);
        PlanRules.AssertHardRules(problem, plan);
    }
}
