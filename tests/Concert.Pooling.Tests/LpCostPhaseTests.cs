using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The large tier's cost phase (PDLP's bound, then a plan within the LP's deployments), forced onto small
/// problems whose optimum is known: its plans keep every hard rule and its bound is never above the optimum.</summary>
public sealed class LpCostPhaseTests
{
    private static readonly PlannerOptions FromTheLp = new() { TimeLimit = TimeSpan.FromSeconds(10), LpCostPhaseAboveVariables = 0 };

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_from_the_lp_respects_every_hard_rule(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);

        PlanRules.AssertHardRules(problem, PoolingPlanner.Plan(problem, FromTheLp));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Plan_from_the_lp_on_a_mid_size_instance_respects_every_hard_rule_and_its_bound(int seed)
    {
        // B1: 40 units, 6 areas, 8–13 weeks; its rounding neighbourhood and deployments are searched as on B3.
        PoolingProblem problem = InstanceGenerator.Generate(BenchmarkTier.B1, seed);

        PoolingPlan plan = PoolingPlanner.Plan(problem, FromTheLp);

        PlanRules.AssertHardRules(problem, plan);
        Assert.True(plan.Objective >= Assert.NotNull(plan.BestBound));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bound_from_the_lp_is_never_above_the_proven_optimum(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30) });

        PoolingPlan fromLp = PoolingPlanner.Plan(problem, FromTheLp);

        Assert.True(optimum.IsProvenOptimal);
        double bound = Assert.NotNull(fromLp.BestBound);
        Assert.True(bound <= optimum.Objective + 1e-6, $"bound {bound} above the optimum {optimum.Objective}");
        Assert.True(fromLp.Objective >= optimum.Objective);

        // Coverage first: the plan covers as much as the optimum (the same penalty), whatever it costs.
        Assert.Equal(optimum.ShortfallPenalty, fromLp.ShortfallPenalty);
    }

    [Fact]
    public void Finds_and_bounds_the_hand_checked_optimum_with_transit()
    {
        // FrigatesAndPatrolVessel works the optimum out: the OPV weeks 1–3 and 5–6, one frigate week 4, 3,500.
        PoolingProblem problem = FrigatesAndPatrolVessel.Problem;

        PoolingPlan plan = PoolingPlanner.Plan(problem, FromTheLp);

        Assert.Equal(3500, plan.Objective);
        Assert.Equal(0, plan.ShortfallPenalty);
        double bound = Assert.NotNull(plan.BestBound);
        Assert.True(bound <= 3500 + 1e-6);
        PlanRules.AssertHardRules(problem, plan);
    }
}
