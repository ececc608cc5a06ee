using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>Whether a returned plan explains itself consistently: its figures are what <see cref="PlanEvaluator"/> makes
/// of its own schedule, its bound is below its objective and the optimum, and its gap and status follow from them.</summary>
internal static class PlanAccounts
{
    /// <summary>Asserts the plan's accounts.</summary>
    /// <param name="problem">The problem planned.</param>
    /// <param name="plan">The plan returned.</param>
    /// <param name="options">The options it was planned with.</param>
    /// <param name="optimum">The problem's proven optimum at the plan's shortfall price, where known.</param>
    public static void AssertConsistent(PoolingProblem problem, PoolingPlan plan, PlannerOptions options, long? optimum = null)
    {
        var index = new PlanningIndex(problem, plan.ShortfallPricePerRiskUnitWeek);
        PoolingPlan evaluated = PlanEvaluator.Evaluate(index, ScheduleOf(index, plan), plan.Status, plan.BestBound, plan.SolveTime, options);
        Assert.Equal(evaluated.Objective, plan.Objective);
        Assert.Equal(evaluated.AssetCost, plan.AssetCost);
        Assert.Equal(evaluated.ShortfallPenalty, plan.ShortfallPenalty);
        Assert.Equal(evaluated.Coverage, plan.Coverage);
        Assert.Equal(evaluated.Assignments.Select(Describe), plan.Assignments.Select(Describe));
        Assert.Equal(evaluated.Shortfalls.Select(shortfall => shortfall.ToString()), plan.Shortfalls.Select(shortfall => shortfall.ToString()));
        Assert.Equal(evaluated.Explanation.AsEnumerable(), plan.Explanation.AsEnumerable());
        Assert.Equal(plan.AssetCost + plan.ShortfallPenalty, plan.Objective);
        Assert.Equal(plan.Shortfalls.Sum(shortfall => shortfall.UncoveredRisk) * plan.ShortfallPricePerRiskUnitWeek, plan.ShortfallPenalty);

        if (plan.BestBound is not { } bound)
        {
            Assert.Equal(PlanSolveStatus.Heuristic, plan.Status);
            Assert.Null(plan.RelativeGap);
            return;
        }

        Assert.NotEqual(PlanSolveStatus.Heuristic, plan.Status);
        Assert.True(bound <= plan.Objective + 1e-6, $"bound {bound} above the plan's objective {plan.Objective}");
        if (optimum is { } best)
        {
            Assert.True(bound <= best + 1e-6, $"bound {bound} above the optimum {best}");
            Assert.True(plan.Objective >= best, $"objective {plan.Objective} below the optimum {best}");
        }

        double gap = plan.Objective == 0 ? 0 : Math.Max(0, (plan.Objective - bound) / plan.Objective);
        Assert.Equal(gap, Assert.NotNull(plan.RelativeGap), 12);
        if (plan.Status == PlanSolveStatus.Optimal)
        {
            Assert.True(
                plan.Objective - bound < 1 || gap <= options.RelativeGapTolerance,
                $"status optimal at a gap of {gap:P4}, tolerance {options.RelativeGapTolerance:P4}");
        }
    }

    /// <summary>An assignment with its lists spelt out (a record compares its arrays by reference).</summary>
    private static string Describe(PlanAssignment assignment) =>
        $"{string.Join(',', assignment.PledgeIds)} {assignment.AreaId} {assignment.Weeks} × {assignment.Units}: {assignment.Cost} for {string.Join(',', assignment.ServesRequirementIds)}";

    /// <summary>The plan's units on station as the planner's schedule.</summary>
    private static Schedule ScheduleOf(PlanningIndex index, PoolingPlan plan)
    {
        var schedule = new Schedule(index.Groups.Length, index.AreaIds.Length, index.Weeks);
        var groupByKey = index.Groups.ToDictionary(group => group.Key, StringComparer.Ordinal);
        foreach (((string groupKey, string areaId, int week), int units) in plan.UnitsOnStation)
        {
            schedule[groupByKey[groupKey].Index, index.AreaIds.IndexOf(areaId), week] = units;
        }

        return schedule;
    }
}
