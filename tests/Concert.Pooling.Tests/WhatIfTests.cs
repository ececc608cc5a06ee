using Concert.Pooling.Dataset;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>Re-planning from the current plan after a nation withdraws or a pledge is added.</summary>
public sealed class WhatIfTests
{
    [Fact]
    public void Withdrawal_replans_without_the_nation_and_matches_a_fresh_plan()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new RotationRule(2, 1));
        PoolingPlan current = PoolingPlanner.Plan(problem);

        PoolingProblem without = problem.WithoutNation(Kor);
        PoolingPlan replanned = PoolingPlanner.Replan(without, current);

        Assert.DoesNotContain(replanned.Assignments, assignment => assignment.Nation == Kor);
        Assert.Equal(PoolingPlanner.Plan(without, new PlannerOptions { ShortfallPricePerRiskUnitWeek = current.ShortfallPricePerRiskUnitWeek }).Objective, replanned.Objective);
        // The frigate alone may do 3 weeks in 4 (2,100); the fourth is short at the automatic price, one above the
        // dearest unit-week (701).
        Assert.Equal((3 * 700) + 701, replanned.Objective);
    }

    [Fact]
    public void Added_pledge_is_used_when_it_is_cheaper()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F")], [Presence()]);
        PoolingPlan current = PoolingPlanner.Plan(problem);

        PoolingPlan replanned = PoolingPlanner.Replan(problem.WithPledge(PatrolVessel(Sgp, "O")), current);

        Assert.Equal(1120, replanned.Objective);
        Assert.All(replanned.Assignments, assignment => Assert.Equal(Sgp, assignment.Nation));
    }

    [Fact]
    public void Reference_dataset_withdrawal_keeps_a_complete_plan()
    {
        PoolingProblem problem = PoolingDataset.LoadReference().Problem;
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(3), RelativeGapTolerance = 0.01 };
        PoolingPlan current = PoolingPlanner.Plan(problem, options);

        PoolingPlan replanned = PoolingPlanner.Replan(problem.WithoutNation(Trigraph.Parse("JPN")), current, options);

        Assert.DoesNotContain(replanned.Assignments, assignment => assignment.Nation.Code == "JPN");
        Assert.True(replanned.Objective >= current.BestBound);
        Assert.NotEmpty(replanned.Explanation);
    }
}
