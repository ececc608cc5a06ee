using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The rotation cover rows (<see cref="RotationCoverCuts"/>): they lift the LP to whole units where the
/// rotation needs them, and cut off no plan.</summary>
public sealed class RotationCoverCutTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    [Theory]
    [InlineData(4, 6, 13, 4, 4)]
    [InlineData(4, 6, 13, 6, 4)]
    [InlineData(4, 6, 13, 7, 5)]
    [InlineData(4, 6, 13, 11, 8)]
    [InlineData(4, 6, 13, 13, 9)]
    [InlineData(6, 8, 11, 10, 8)]
    [InlineData(8, 9, 8, 8, 8)]
    [InlineData(3, 5, 4, 4, 3)]
    public void One_unit_is_on_station_at_most_the_rule_allows_in_a_span(int maxWeeks, int window, int horizon, int span, int expected)
    {
        // 4 of 6 over 11 weeks: one full window (4) and 5 more weeks, of which at most 4; over 13: two windows and one
        // week. A horizon shorter than the window is the model's window (8 of 9 in 8 weeks: all 8).
        var rotation = new RotationRule(maxWeeks, window - maxWeeks);

        Assert.Equal(expected, RotationCoverCuts.UnitWeeksPerUnit(rotation, span, horizon));
    }

    [Fact]
    public void Lift_the_LP_of_a_relieved_station_to_two_whole_round_trips()
    {
        // One area needs a unit in each of weeks 2–7; two frigates (700 k€ a week, 1,400 k€ a round trip, on station
        // weeks 2–7 after a week's transit each way) may serve under 4 weeks on station in any 6. Every plan sails
        // both: 6 unit-weeks in the window 2–7 over 4 per unit. Optimum 2 × 1,400 + 6 × 700 = 7,000 k€. The LP
        // without the rows deploys 1.5 units (6,300 k€); the row of weeks 2–6 (5 unit-weeks over 4 per unit) asks
        // for 2 whole ones.
        PoolingProblem problem = RelievedStation(frigates: 2);

        Assert.Equal(6300, LpBound(problem, rotationCoverCuts: false), precision: 3);
        Assert.Equal(7000, LpBound(problem, rotationCoverCuts: true), precision: 3);
        Assert.Equal(7000, PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10) }).AssetCost);
    }

    [Fact]
    public void Leave_room_for_a_plan_that_leaves_weeks_short()
    {
        // The same station with one frigate: it covers 4 of the 6 weeks and 2 stay short (the least risk). The row of
        // weeks 2–6 (1·d + Σ short ≥ 2) holds with d = 1 and a week short, so the plan, 1,400 + 4 × 700 = 4,200 k€,
        // is still the optimum and the LP stays at or below it.
        PoolingProblem problem = RelievedStation(frigates: 1);

        PoolingPlan plan = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10) });

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(4200, plan.AssetCost);
        Assert.True(LpBound(problem, rotationCoverCuts: true) <= 4200 + 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cut_off_no_plan_the_model_without_them_finds(int seed)
    {
        // Every plan CP-SAT passes through on the model without the rows (its improving solutions down to the
        // optimum), and the greedy plan as the model values it, meets every row of the model with them.
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        var index = new PlanningIndex(problem, null);
        CpSatPoolingModel without = CostPhaseModels.AtLeastRisk(index, rotationCoverCuts: false, out _);
        CpSatPoolingModel with = CostPhaseModels.AtLeastRisk(index, rotationCoverCuts: true, out _);
        Assert.Empty(without.CoverRows);
        Assert.NotEmpty(with.CoverRows);
        Assert.Equal(without.Model.Model.Variables.Count, with.Model.Model.Variables.Count);

        List<long[]> plans = PlansPassedThrough.Of(without, index, seed);
        Assert.True(plans.Count >= 2);
        Assert.All(plans, plan => Assert.Null(PlansPassedThrough.FirstViolatedRow(with.CoverRows, plan)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Leave_the_cost_phase_optimum_unchanged(int seed)
    {
        // The bound model (asset cost at the least risk) solved whole, with and without the rows.
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        var index = new PlanningIndex(problem, null);
        (_, long riskWithout, SolveOutcome optimumWithout) = CostPhaseModels.BoundModelOptimum(index, rotationCoverCuts: false);
        (_, long riskWith, SolveOutcome optimumWith) = CostPhaseModels.BoundModelOptimum(index, rotationCoverCuts: true);

        Assert.Equal(riskWithout, riskWith);
        Assert.True(optimumWithout.Proven && optimumWith.Proven);
        Assert.Equal(optimumWithout.Objective, optimumWith.Objective);
    }

    [Fact]
    public void Close_most_of_B0_seed_5s_LP_gap()
    {
        // docs/pooling.md: B0 seed 5's cost phase LP is 34,689 k€ of asset cost without the rows, its optimum 35,509;
        // with the rows the LP is 35,238 (two thirds of the gap closed), and the deployment relaxation stays the optimum.
        var index = new PlanningIndex(InstanceGenerator.Generate(BenchmarkTier.B0, 5), null);
        CpSatPoolingModel with = CostPhaseModels.AtLeastRisk(index, rotationCoverCuts: true, out long risk);
        using var lp = new MipRun(with.CostWithRiskAtMost(risk), new HashSet<int>());
        using var relaxation = new MipRun(with.CostWithRiskAtMost(risk), with.DeploymentVariables);

        Assert.Equal(35238.3, lp.Solve(30, 0, 0).Bound, precision: 1);
        Assert.Equal(35509, relaxation.Solve(30, 0, 0).Bound, precision: 3);
    }

    private static double LpBound(PoolingProblem problem, bool rotationCoverCuts)
    {
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(new PlanningIndex(problem, null), rotationCoverCuts, out long risk);
        using var lp = new MipRun(model.CostWithRiskAtMost(risk), new HashSet<int>());
        return lp.Solve(10, 0, 0).Bound;
    }

    /// <summary>One area needing a unit in each of weeks 2–7, served by frigates (700 k€ a week, 1,400 k€ a round trip,
    /// on station weeks 2–7 after a week's transit each way) under 4 weeks on station in any 6.</summary>
    private static PoolingProblem RelievedStation(int frigates) =>
        TestProblems.OneArea(
            8,
            [TestProblems.Frigate(TestProblems.Jpn, "JPN-FF", costPerDay: 100, transitDays: 7, first: 1, last: 8, count: frigates)],
            [TestProblems.Presence(first: 2, last: 7)],
            new RotationRule(4, 2));
}
