using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The deployment relaxation refined by making the schedule variables it splits integer
/// (<see cref="LazyScheduleIntegrality"/>): every step's bound holds, and a schedule made whole is the optimum.</summary>
public sealed class LazyScheduleIntegralityTests
{
    public static TheoryData<int, string> SmallSeeds
    {
        get
        {
            var cases = new TheoryData<int, string>();
            foreach (int seed in new[] { 1, 2, 3 })
            {
                foreach (ScheduleWidening widening in Enum.GetValues<ScheduleWidening>())
                {
                    cases.Add(seed, widening.ToString());
                }
            }

            return cases;
        }
    }

    /// <summary>Two single frigates of different weekly cost (110 and 82 k€ a day) sharing presence in three areas,
    /// A and B under 3 weeks on station in 5, C under 1 in 3: the deployment relaxation covers weeks with fractions of
    /// both (14 fractional schedule values), 10,870 k€ of asset cost against the optimum's 10,968. Found by sampling
    /// <see cref="RotationCase"/> with one ship a pledge for a relaxation below the optimum.</summary>
    private static readonly RotationCase TwoFrigates = new(
        9,
        new RotationRule(3, 2),
        new RotationRule(1, 2),
        [2, 1, 1],
        [new ShipPledge(Kor, 1, PatrolVessel: false, 110, [10, 3, 2]), new ShipPledge(Kor, 1, PatrolVessel: false, 82, [1, 9, 10])]);

    [Theory]
    [MemberData(nameof(SmallSeeds))]
    public void No_step_bounds_above_the_cheapest_plan(int seed, string widening)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = Small.TimeLimit, UseScip = false });
        Assert.True(optimum.IsProvenOptimal);

        (CpSatPoolingModel model, RefinedRelaxation refined, double first) = RefinedToTheEnd(problem, Enum.Parse<ScheduleWidening>(widening));

        Assert.True(first <= optimum.AssetCost + 1e-6);
        Assert.All(refined.Steps, step => Assert.True(step.Bound <= optimum.AssetCost, $"step bound {step.Bound} above the optimum {optimum.AssetCost}"));
        Assert.True(refined.ScheduleWhole);
        Assert.Equal(optimum.AssetCost, refined.Bound);
        Assert.All(LazyScheduleIntegrality.Fractional(model.ScheduleVariables, refined.Values), variable => Assert.Fail($"{variable} fractional"));
    }

    [Theory]
    [InlineData(nameof(ScheduleWidening.FractionalVariables))]
    [InlineData(nameof(ScheduleWidening.GroupsInProject))]
    [InlineData(nameof(ScheduleWidening.AreaWeeks))]
    public void Closes_the_gap_of_two_frigates_sharing_presence_under_rotation(string widening)
    {
        PoolingProblem problem = TwoFrigates.Problem;
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30), UseScip = false });
        Assert.True(optimum.IsProvenOptimal);
        Assert.Equal(10968, optimum.AssetCost);

        (CpSatPoolingModel model, RefinedRelaxation refined, double first) = RefinedToTheEnd(problem, Enum.Parse<ScheduleWidening>(widening), out long risk);

        Assert.Equal(10870, first, precision: 3);
        Assert.NotEmpty(refined.Steps);
        Assert.True(refined.ScheduleWhole);
        Assert.Equal(10968, refined.Bound);

        // The last relaxation's deployments with a whole schedule are a plan at its bound: proven.
        using var schedule = new MipRun(model.WithDeploymentsOf(refined.Values));
        Assert.Equal((model.RiskWeightInObjective * risk) + 10968, schedule.Solve(30, 0, 0).Objective);
    }

    [Fact]
    public void Stops_at_a_bound_that_proves_the_plan()
    {
        (CpSatPoolingModel model, long risk) = (CostPhaseModels.AtLeastRisk(TwoFrigates.Problem, out long leastRisk), leastRisk);
        var cost = model.CostWithRiskAtMost(risk);
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(30, 0, 0).Bound;

        RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
            model, cost, relaxation.RelaxationValues, bound, [], provenAt: 10871, ScheduleWidening.FractionalVariables, 30, 0, 0);

        Assert.True(refined.Bound is >= 10871 and <= 10968);
        Assert.True(refined.Steps[^1].Bound >= 10871);
        Assert.All(refined.Steps.SkipLast(1), step => Assert.True(step.Bound < 10871));
    }

    [Fact]
    public void A_time_limited_run_returns_a_valid_bound()
    {
        // docs/pooling.md: B1 seed 1's cheapest asset cost at its least risk is 74,057 k€, its deployment relaxation
        // 73,887.1; a tenth of a second refines at most one step and leaves the bound between the two.
        PoolingProblem problem = InstanceGenerator.Generate(BenchmarkTier.B1, 1);
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(problem, out long risk);
        var cost = model.CostWithRiskAtMost(risk);
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(60, 0, 0).Bound;
        Assert.Equal(73887.1, bound, precision: 1);

        RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
            model, cost, relaxation.RelaxationValues, bound, [], double.PositiveInfinity, ScheduleWidening.GroupsInProject, 0.1, 0, 0);

        Assert.True(refined.Bound is >= 73888 and <= 74057, $"bound {refined.Bound}");
        Assert.True(refined.Steps.Count <= 1);
    }

    [Fact]
    public void Refines_nothing_from_a_relaxation_stopped_at_its_time_limit()
    {
        // B1 seed 1's relaxation takes about a second of SCIP's time: after a twentieth its values are an incumbent.
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(InstanceGenerator.Generate(BenchmarkTier.B1, 1), out long risk);
        var cost = model.CostWithRiskAtMost(risk);
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(0.05, 0, 0).Bound;
        Assert.True(bound < 73887);

        RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
            model, cost, relaxation.RelaxationValues, bound, [], double.PositiveInfinity, ScheduleWidening.GroupsInProject, 30, 0, 0);

        Assert.Empty(refined.Steps);
        Assert.False(refined.ScheduleWhole);
        Assert.Equal(Math.Ceiling(bound - 0.01), refined.Bound);
    }

    [Fact]
    public void One_step_without_restarts_reaches_the_optimum_of_b1_seed_1()
    {
        // docs/pooling.md: B1 seed 1's cheapest asset cost at its least risk is 74,057 k€ (CP-SAT and SCIP on the whole
        // model); its relaxation splits a few schedule values, and one step with their groups' rotations whole (262
        // integer variables with the deployments without the rest-week rows, 274 with them: which optimal split SCIP
        // returns decides the groups) reaches that optimum with a whole schedule, without SCIP's restarts.
        (CpSatPoolingModel model, RefinedRelaxation refined, double first) = RefinedToTheEnd(InstanceGenerator.Generate(BenchmarkTier.B1, 1), ScheduleWidening.GroupsInProject);

        Assert.Equal(73887.1, first, precision: 1);
        RefinementStep step = Assert.Single(refined.Steps);
        Assert.InRange(step.IntegerVariables, model.DeploymentVariables.Count + 1, model.DeploymentVariables.Count + (model.ScheduleVariables.Count / 2));
        Assert.Equal(74057, step.Bound);
        Assert.Equal(0, step.FractionalScheduleVariables);
        Assert.True(refined.ScheduleWhole);
        Assert.Equal(74057, refined.Bound);
    }

    private static (CpSatPoolingModel Model, RefinedRelaxation Refined, double First) RefinedToTheEnd(PoolingProblem problem, ScheduleWidening widening) =>
        RefinedToTheEnd(problem, widening, out _);

    /// <summary>The cost phase's deployment relaxation at the least risk, refined with no plan to stop at.</summary>
    private static (CpSatPoolingModel Model, RefinedRelaxation Refined, double First) RefinedToTheEnd(PoolingProblem problem, ScheduleWidening widening, out long risk)
    {
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(problem, out risk);
        var cost = model.CostWithRiskAtMost(risk);
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(30, 0, 0).Bound;
        RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
            model, cost, relaxation.RelaxationValues, bound, [], double.PositiveInfinity, widening, 60, 0, 0);
        return (model, refined, bound);
    }
}
