using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>A schedule's deployments are the least the model allows: the peak on station per area, and enough units
/// for the rotation rule, the reliefs sailing to the project area with the cheapest round trip.</summary>
public sealed class DeploymentTests
{
    private static readonly RotationRule SixInNine = new(6, 3);

    [Fact]
    public void Rotation_needs_a_relief_whose_round_trip_falls_in_the_week_it_is_first_needed()
    {
        // One frigate on station weeks 2–10 (a group of two, 600 a round trip). By week 7 the window holds 6
        // unit-weeks (one unit); week 8 makes 7 in the window 1–8, so the second unit sails then.
        PoolingProblem problem = OneArea(11, [Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2)], [Presence(2, 10)], SixInNine);
        var index = new PlanningIndex(problem, null);
        var schedule = new Schedule(1, 1, 11);
        for (int week = 2; week <= 10; week++)
        {
            schedule[0, 0, week] = 1;
        }

        var deployment = GroupDeployment.Of(index, schedule, 0, [0], SixInNine);

        Assert.Equal<int>([2], deployment.Units);
        Assert.Equal(1200, deployment.TransitCost);
        Assert.Equal(600, deployment.TransitCharged(0, 2));
        Assert.Equal(600, deployment.TransitCharged(0, 8));
        Assert.Equal(1200, Enumerable.Range(1, 11).Sum(week => deployment.TransitCharged(0, week)));
    }

    [Fact]
    public void Six_weeks_in_nine_need_no_relief()
    {
        PoolingProblem problem = OneArea(11, [Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2)], [Presence(2, 10)], SixInNine);
        var index = new PlanningIndex(problem, null);
        var schedule = new Schedule(1, 1, 11);
        for (int week = 2; week <= 7; week++)
        {
            schedule[0, 0, week] = 1;
        }

        var deployment = GroupDeployment.Of(index, schedule, 0, [0], SixInNine);

        Assert.Equal<int>([1], deployment.Units);
        Assert.Equal(600, deployment.TransitCost);
    }

    [Fact]
    public void Relief_sails_to_the_cheaper_area_of_the_project_and_is_charged_to_the_run_it_relieves()
    {
        // Areas A (3 days: 600 a round trip) and B (1 day: 200) in one project; the frigates serve A only, weeks
        // 2–10. The relief the rotation needs deploys to B, the cheaper round trip, as the model's least cost does;
        // its 200 is charged to A's run in week 8.
        var transit = ImmutableDictionary<string, int>.Empty.Add("A", 3).Add("B", 1);
        var frigates = Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2) with { TransitDays = transit };
        var problem = new PoolingProblem(
            11,
            [new OperatingArea("A", "Area A"), new OperatingArea("B", "Area B")],
            [frigates],
            [],
            [new PoolingProject("P", "Project P", [Presence(2, 10), Presence(2, 10, id: "B-PRES") with { AreaId = "B" }], SixInNine, ImmutableDictionary<Concert.Sharing.Trigraph, long>.Empty, Unclassified)]);
        var index = new PlanningIndex(problem, null);
        var schedule = new Schedule(1, 2, 11);
        for (int week = 2; week <= 10; week++)
        {
            schedule[0, 0, week] = 1;
        }

        var deployment = GroupDeployment.Of(index, schedule, 0, [0, 1], SixInNine);

        Assert.Equal<int>([1, 1], deployment.Units);
        Assert.Equal(800, deployment.TransitCost);
        Assert.Equal(600, deployment.TransitCharged(0, 2));
        Assert.Equal(200, deployment.TransitCharged(0, 8));
        Assert.Equal(0, Enumerable.Range(1, 11).Sum(week => deployment.TransitCharged(1, week)));
    }

    [Fact]
    public void Greedy_plan_pays_both_round_trips()
    {
        // The greedy planner fills weeks 2–10 with the two frigates; priced as the model prices it, both sail.
        PoolingProblem problem = OneArea(11, [Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2)], [Presence(2, 10)], SixInNine);
        var index = new PlanningIndex(problem, null);

        Schedule schedule = GreedyPlanner.Build(index);
        PoolingPlan plan = PlanEvaluator.Evaluate(index, schedule, PlanSolveStatus.Heuristic, null, TimeSpan.Zero, new PlannerOptions());

        Assert.Equal(9, schedule.TotalUnitWeeks(0));
        Assert.Equal(7500, plan.AssetCost);
        Assert.Equal(2, new Deployments(index, schedule).DeployedTo(0, 0));
    }
}
