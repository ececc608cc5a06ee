using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>Requirements that cannot be met give a plan that names them and says by how much, never an exception.</summary>
public sealed class ShortfallTests
{
    [Fact]
    public void Capability_nobody_has_is_named()
    {
        var refuelling = new Requirement("A-RAS", "A", RequirementKind.Coverage, Capabilities.Refuelling, new WeekRange(1, 2), 1, 3, []);
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(2, [PatrolVessel(Kor, "O", last: 2)], [refuelling]));

        PlanShortfall shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal("A-RAS", shortfall.RequirementId);
        Assert.Equal(new WeekRange(1, 2), shortfall.Weeks);
        Assert.Equal("no pledge offers refuelling", shortfall.Reason);
        Assert.Equal(6, shortfall.UncoveredRisk);
        Assert.Equal(0, plan.Coverage);
        Assert.Contains(plan.Explanation, line => line.StartsWith("Uncovered risk in A: 6 risk-weighted unit-weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_units_leave_the_difference_short_each_week()
    {
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(3, [Frigate(Jpn, "F", last: 3)], [Presence(1, 3, units: 3)]));

        PlanShortfall shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal(2, shortfall.UnitsShort);
        Assert.Equal(new WeekRange(1, 3), shortfall.Weeks);
        Assert.Contains("JPN are all on station already", shortfall.Reason, StringComparison.Ordinal);
        Assert.Equal(3 * 700, plan.AssetCost);
    }

    [Fact]
    public void Caveat_that_bars_the_only_capable_unit_is_named()
    {
        var barred = Frigate(Jpn, "F", caveats: new NationalCaveats(["A"], Capabilities.None));
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(4, [barred], [Presence()]));

        Assert.Empty(plan.Assignments);
        Assert.Equal("every pledge with surface presence (destroyer, frigate or patrol vessel) is barred by national caveats (JPN)", Assert.Single(plan.Shortfalls).Reason);
    }

    [Fact]
    public void Plan_without_any_pledge_is_all_shortfall()
    {
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(4, [], [Presence(risk: 2)]));

        Assert.Equal(0, plan.AssetCost);
        Assert.Equal(8, Assert.Single(plan.Shortfalls).UncoveredRisk);
        Assert.True(plan.ShortfallPenalty > 0);

        // Nothing can be assigned, so the all-short plan is the optimum and is reported as proven.
        Assert.Equal(PlanSolveStatus.Optimal, plan.Status);
        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(plan.Objective, plan.BestBound);
    }

    [Fact]
    public void Inconsistent_problem_is_rejected_with_the_fault_named()
    {
        var stray = new Requirement("X", "NOWHERE", RequirementKind.Coverage, Capabilities.Surveillance, new WeekRange(1, 2), 1, 1, []);

        var error = Assert.Throws<ArgumentException>(() => OneArea(2, [], [stray]));
        Assert.Equal("Requirement X is in unknown area 'NOWHERE'.", error.Message);
    }
}
