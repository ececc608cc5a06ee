using System.Diagnostics;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.FrigatesAndPatrolVessel;

namespace Concert.Pooling.Tests;

/// <summary>The cost phase's risk ceiling (<see cref="PoolingPlanner.CostAfterCoverage"/>) is the risk the coverage
/// plan's schedule leaves, not the risk its solver's shortfall variables count, which a plan stopped short of its
/// optimum may put above it (B3 seed 3: 1,006 against 1,004).</summary>
public sealed class RiskCeilingTests
{
    [Fact]
    public void Cost_phase_searches_at_the_risk_the_coverage_schedule_leaves_not_at_its_shortfall_variables()
    {
        // The coverage plan is the frigates taking turns, nothing short. At a ceiling of one unit-week short the LP
        // leaves week 4 uncovered instead of paying a frigate's round trip (1,400), its rounding holds no plan that
        // covers every week, and the plans found there lose to the coverage plan, which leaves less uncovered.
        var index = new PlanningIndex(Problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.MinimizeUncoveredRisk();
        SolveOutcome coverage = FrigatesTakingTurnsIn(index, model);
        Assert.Equal(0, coverage.Objective);

        // The same plan as a solver stopped at its gap tolerance may report it: one week's shortfall variable a unit
        // above what the schedule leaves short there.
        long[] inflated = [.. coverage.Values];
        inflated[model.UncoveredRiskObjective.Vars[0]]++;
        var stopped = new SolveOutcome(inflated, coverage.Objective + 1, Bound: 0, Proven: true);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10), LpCostPhaseAboveVariables = 0 };

        PoolingPlan plan = PoolingPlanner.CostAfterCoverage(index, model, stopped, model.Read(coverage.Values), options, Stopwatch.StartNew());

        Assert.Equal(0, plan.ShortfallPenalty);
        Assert.Equal(Optimum, plan.AssetCost);
        PlanRules.AssertHardRules(Problem, plan);
    }
}
