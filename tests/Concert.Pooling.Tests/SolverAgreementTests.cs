using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>SCIP beside CP-SAT changes how fast a plan is proven, never which plan is optimal: with and without it the
/// planner proves the same optimum, on hand-checked instances and on generated ones.</summary>
public sealed class SolverAgreementTests
{
    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cp_sat_alone_and_with_scip_prove_the_same_optimum(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);

        PoolingPlan alone = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = Small.TimeLimit, UseScip = false });
        PoolingPlan withScip = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = Small.TimeLimit });

        Assert.True(alone.IsProvenOptimal);
        Assert.True(withScip.IsProvenOptimal);
        Assert.Equal(alone.Objective, withScip.Objective);
        Assert.Equal(alone.AssetCost, withScip.AssetCost);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Scip_alone_from_its_deployment_relaxation_proves_cp_sat_alones_priced_optimum(int seed)
    {
        // The coalition plans' path (PhaseSolver.MipFromDeploymentRelaxation): the relaxation's bound, the schedule of
        // its deployments and SCIP on the whole model must prove the optimum CP-SAT proves without SCIP.
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        var priced = new PlannerOptions
        {
            TimeLimit = Small.TimeLimit,
            Priority = PlanningPriority.PricedShortfall,
            ShortfallPricePerRiskUnitWeek = PoolingPlanner.AutomaticShortfallPrice(problem),
        };

        PoolingPlan cpSat = PoolingPlanner.Plan(problem, priced with { UseScip = false });
        PoolingPlan scip = PoolingPlanner.Plan(problem, priced with { UseCpSat = false });

        Assert.True(cpSat.IsProvenOptimal);
        Assert.True(scip.IsProvenOptimal);
        Assert.Equal(cpSat.Objective, scip.Objective);
        Assert.Equal(scip.Objective, scip.BestBound);
    }

    [Fact]
    public void B0_seed_2_has_the_same_optimum_both_ways()
    {
        // The benchmark's figure (docs/pooling.md): 1,003,303 k€, proven, before SCIP joined the planner.
        PoolingProblem problem = InstanceGenerator.Generate(BenchmarkTier.B0, 2);

        foreach (bool useScip in new[] { false, true })
        {
            PoolingPlan plan = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30), UseScip = useScip });
            Assert.True(plan.IsProvenOptimal);
            Assert.Equal(1003303, plan.Objective);
        }
    }

    [Fact]
    public void Hand_checked_rotation_optimum_holds_with_cp_sat_alone()
    {
        // As PlannerOptimumTests: the OPV covers 3 of the 4 weeks under 2-in-3 rotation, the frigate the fourth:
        // 3 × 280 + 700 = 1,540.
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new RotationRule(2, 1));

        PoolingPlan plan = PoolingPlanner.Plan(problem, new PlannerOptions { UseScip = false });

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(1540, plan.Objective);
    }
}
