using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The cost phase with only the deployments integer: a lower bound on the cheapest plan at the least
/// uncovered risk, far closer to it than the LP.</summary>
public sealed class DeploymentRelaxationTests
{
    public static TheoryData<int> Seeds => [1, 2, 3];

    [Fact]
    public void Closes_B0_seed_5s_transit_gap_to_the_optimum()
    {
        // docs/pooling.md (measured with the model's LP and the proven plan): the LP gives 35,238 k€ of asset cost
        // with the rotation cover rows (34,689 without them, sixth session; 34,653 before the rotation limit per unit
        // deployed, fifth session), the optimum is 35,509 (unchanged: B0 seed 5's optimum had no units taking turns).
        (CpSatPoolingModel model, long risk) = CostPhase(InstanceGenerator.Generate(BenchmarkTier.B0, 5));

        using var lp = new MipRun(model.CostWithRiskAtMost(risk), new HashSet<int>());
        using var relaxation = new MipRun(model.CostWithRiskAtMost(risk), model.DeploymentVariables);

        Assert.Equal(35238, lp.Solve(30, 0, 0).Bound, precision: 0);
        Assert.Equal(35509, relaxation.Solve(30, 0, 0).Bound, precision: 0);
    }

    [Fact]
    public void Its_deployments_scheduled_whole_are_B0_seed_5s_optimum()
    {
        // docs/pooling.md: B0 seed 5's cheapest asset cost at its least risk is 35,509 k€, the relaxation's bound. With
        // the relaxation's deployments fixed, the whole schedule reaches it, so the plan is proven by the bound.
        (CpSatPoolingModel model, long risk) = CostPhase(InstanceGenerator.Generate(BenchmarkTier.B0, 5));
        using var relaxation = new MipRun(model.CostWithRiskAtMost(risk), model.DeploymentVariables);
        double bound = relaxation.Solve(30, 0, 0).Bound;

        using var schedule = new MipRun(model.WithDeploymentsOf(relaxation.RelaxationValues));
        SolveOutcome plan = schedule.Solve(30, 0, 0);

        Assert.All(model.DeploymentVariables, deployed => Assert.Equal(relaxation.RelaxationValues[deployed], plan.Values[deployed], precision: 6));
        Assert.Equal(35509, bound, precision: 0);
        Assert.Equal((model.RiskWeightInObjective * risk) + 35509, plan.Objective);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Its_deployments_scheduled_whole_are_a_plan_no_cheaper_than_the_bound(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        (CpSatPoolingModel model, long risk) = CostPhase(problem);
        using var relaxation = new MipRun(model.CostWithRiskAtMost(risk), model.DeploymentVariables);
        double bound = relaxation.Solve(30, 0, 0).Bound;

        using var schedule = new MipRun(model.WithDeploymentsOf(relaxation.RelaxationValues));
        SolveOutcome plan = schedule.Solve(30, 0, 0);

        Assert.True(plan.HasSolution);
        Assert.Equal(plan.Objective, model.ObjectiveOf(plan.Values));
        Assert.True(plan.Objective >= (model.RiskWeightInObjective * risk) + bound - 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Never_bounds_above_the_cheapest_plan(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        (CpSatPoolingModel model, long risk) = CostPhase(problem);

        using var relaxation = new MipRun(model.CostWithRiskAtMost(risk), model.DeploymentVariables);
        double bound = relaxation.Solve(30, 0, 0).Bound;
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = Small.TimeLimit, UseScip = false });

        Assert.True(optimum.IsProvenOptimal);
        Assert.True(bound <= optimum.AssetCost + 1e-6, $"relaxation {bound} above the optimum's asset cost {optimum.AssetCost}");
        Assert.True(bound > 0);
    }

    private static (CpSatPoolingModel Model, long Risk) CostPhase(PoolingProblem problem) =>
        (CostPhaseModels.AtLeastRisk(problem, out long risk), risk);
}
