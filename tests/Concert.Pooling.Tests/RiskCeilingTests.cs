using System.Diagnostics;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The cost phase's risk ceiling (<see cref="PoolingPlanner.CostAfterCoverage"/>) is the risk the coverage
/// plan's schedule leaves, not the risk its solver's shortfall variables count, which a plan stopped short of its
/// optimum may put above it (B3 seed 3: 1,006 against 1,004).</summary>
public sealed class RiskCeilingTests
{
    [Fact]
    public void Cost_phase_searches_at_the_risk_the_coverage_schedule_leaves_not_at_its_shortfall_variables()
    {
        // Presence in weeks 1–6, at most 3 weeks on station in any 4: the OPV covers weeks 1–3 and 5–6 (1,400), one
        // frigate week 4 (700 + a 1,400 round trip), nothing short: 3,500 (LpCostPhaseTests works it out). With the
        // ceiling at one unit-week short the LP leaves week 4 uncovered instead (1,400), its rounding holds no plan that
        // covers every week, and the plans found there lose to the coverage plan, which leaves less uncovered.
        PoolingProblem problem = OneArea(
            8,
            [Frigate(Jpn, "F", transitDays: 7, first: 1, last: 8, count: 2), PatrolVessel(Kor, "O", first: 1, last: 6)],
            [Presence(first: 1, last: 6)],
            new RotationRule(3, 1));
        var index = new PlanningIndex(problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.MinimizeUncoveredRisk();
        SolveOutcome coverage = CoveringWithTwoFrigates(index, model);
        Assert.Equal(0, coverage.Objective);

        // The same plan as a solver stopped at its gap tolerance may report it: one week's shortfall variable a unit
        // above what the schedule leaves short there.
        int shortfall = model.UncoveredRiskObjective.Vars[0];
        long[] inflated = [.. coverage.Values];
        inflated[shortfall]++;
        var stopped = new SolveOutcome(inflated, coverage.Objective + 1, Bound: 0, Proven: true);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10), LpCostPhaseAboveVariables = 0 };

        PoolingPlan plan = PoolingPlanner.CostAfterCoverage(index, model, stopped, model.Read(coverage.Values), options, Stopwatch.StartNew());

        Assert.Equal(0, plan.ShortfallPenalty);
        Assert.Equal(3500, plan.AssetCost);
        PlanRules.AssertHardRules(problem, plan);
    }

    /// <summary>A coverage plan dearer than the optimum: one frigate on station in each of weeks 2–7, the two taking
    /// turns under the rotation (two round trips: 6 × 700 + 2 × 1,400), the OPV week 1 (280), as the least-risk model's
    /// solution with that schedule fixed.</summary>
    private static SolveOutcome CoveringWithTwoFrigates(PlanningIndex index, CpSatPoolingModel model)
    {
        int frigates = index.Groups.Single(group => group.Representative.AssetType == AssetType.DestroyerOrFrigate).Index;
        int patrolVessel = index.Groups.Single(group => group.Representative.AssetType == AssetType.OffshorePatrolVessel).Index;
        var schedule = new Schedule(index.Groups.Length, index.AreaIds.Length, index.Weeks);
        for (int week = 2; week <= 7; week++)
        {
            schedule[frigates, 0, week] = 1;
        }

        schedule[patrolVessel, 0, 1] = 1;
        model.Hint(schedule);
        var fixedSchedule = model.Model.Model.Clone();
        foreach ((int variable, long value) in fixedSchedule.SolutionHint.Vars.Zip(fixedSchedule.SolutionHint.Values))
        {
            fixedSchedule.Variables[variable].Domain.Clear();
            fixedSchedule.Variables[variable].Domain.Add(value);
            fixedSchedule.Variables[variable].Domain.Add(value);
        }

        using var scip = new MipRun(fixedSchedule);
        SolveOutcome covering = scip.Solve(10, 0, 0);
        Assert.True(covering.Proven);
        PoolingPlan plan = PlanEvaluator.Evaluate(index, model.Read(covering.Values), PlanSolveStatus.Feasible, bound: null, TimeSpan.Zero, new());
        Assert.Equal((6 * 700) + (2 * 1400) + 280, plan.AssetCost);
        return covering;
    }
}
