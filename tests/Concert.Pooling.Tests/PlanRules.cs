using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>The hard rules every plan must keep, checked against the problem's own data (not the planner's model):
/// no asset in two places, caveats and reach, rotation, budget caps, and an objective that adds up.</summary>
internal static class PlanRules
{
    public static void AssertHardRules(PoolingProblem problem, PoolingPlan plan)
    {
        var pledges = problem.Pledges.ToDictionary(pledge => pledge.Id, StringComparer.Ordinal);

        // No asset in two places at once: per pledge group and week, units everywhere ≤ units pledged.
        foreach (var group in plan.Assignments.GroupBy(assignment => string.Join(',', assignment.PledgeIds)))
        {
            int pledged = group.First().PledgeIds.Sum(id => pledges[id].Count);
            for (int week = 1; week <= problem.HorizonWeeks; week++)
            {
                Assert.True(group.Where(assignment => assignment.Weeks.Contains(week)).Sum(assignment => assignment.Units) <= pledged);
            }
        }

        foreach (PlanAssignment assignment in plan.Assignments)
        {
            Pledge pledge = pledges[assignment.PledgeIds[0]];

            // Caveats and reach: never in an excluded or unreachable area, only within the on-station weeks.
            Assert.False(pledge.Caveats.ExcludesArea(assignment.AreaId));
            WeekRange onStation = Assert.NotNull(pledge.OnStationWeeks(assignment.AreaId));
            Assert.True(onStation.Contains(assignment.Weeks.First) && onStation.Contains(assignment.Weeks.Last));

            // Never counted for a task its nation excludes.
            foreach (string requirementId in assignment.ServesRequirementIds)
            {
                Requirement requirement = problem.Projects.SelectMany(project => project.Requirements).Single(r => r.Id == requirementId);
                Assert.Equal(Capabilities.None, pledge.Caveats.ExcludedTasks & requirement.Capability);
            }
        }

        // Budget caps per nation and project.
        foreach (PoolingProject project in problem.Projects)
        {
            var areas = project.AreaIds.ToHashSet(StringComparer.Ordinal);
            foreach ((var nation, long cap) in project.BudgetCaps)
            {
                long spent = plan.Assignments.Where(assignment => assignment.Nation == nation && areas.Contains(assignment.AreaId)).Sum(assignment => assignment.Cost);
                Assert.True(spent <= cap, $"{nation} spends {spent} on {project.Id}, cap {cap}");
            }

            // Rotation: in any window, a group's unit-weeks in the project's areas ≤ max weeks × units.
            int window = Math.Min(project.Rotation.WindowWeeks, problem.HorizonWeeks);
            foreach (var group in plan.Assignments.Where(assignment => areas.Contains(assignment.AreaId)).GroupBy(assignment => string.Join(',', assignment.PledgeIds)))
            {
                int pledged = group.First().PledgeIds.Sum(id => pledges[id].Count);
                for (int start = 1; start + window - 1 <= problem.HorizonWeeks; start++)
                {
                    int unitWeeks = Enumerable.Range(start, window).Sum(week => group.Where(a => a.Weeks.Contains(week)).Sum(a => a.Units));
                    Assert.True(unitWeeks <= project.Rotation.MaxWeeksOnStation * pledged);
                }
            }
        }

        // The objective is what the plan reports it to be.
        Assert.Equal(plan.AssetCost + plan.ShortfallPenalty, plan.Objective);
        Assert.Equal(plan.AssetCost, plan.Assignments.Sum(assignment => assignment.Cost));
        if (plan.BestBound is { } bound)
        {
            Assert.True(bound <= plan.Objective + 1e-6);
        }
    }
}
