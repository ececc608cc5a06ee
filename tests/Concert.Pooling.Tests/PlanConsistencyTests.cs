using System.Diagnostics;
using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>Every plan the planner returns explains itself consistently (<see cref="PlanAccounts"/>): fresh plans and
/// what-if re-plans, both priorities, with and without a gap tolerance, the small tiers' way and the large tier's.</summary>
public sealed class PlanConsistencyTests
{
    public static TheoryData<int, double, bool> Cases
    {
        get
        {
            var cases = new TheoryData<int, double, bool>();
            foreach (int seed in new[] { 1, 2, 3, 4 })
            {
                foreach (double tolerance in new[] { 0, 0.05 })
                {
                    cases.Add(seed, tolerance, false);
                    cases.Add(seed, tolerance, true);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plans_and_what_if_replans_of_the_small_tier_agree_with_their_own_schedules(int seed, double tolerance, bool fromTheLp)
    {
        PoolingProblem problem = InstanceGenerator.Generate(TestProblems.Small, seed);
        var options = new PlannerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(10),
            RelativeGapTolerance = tolerance,
            LpCostPhaseAboveVariables = fromTheLp ? 0 : new PlannerOptions().LpCostPhaseAboveVariables,
        };
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30) });
        Assert.True(optimum.IsProvenOptimal);

        PoolingPlan plan = PoolingPlanner.Plan(problem, options);
        PlanAccounts.AssertConsistent(problem, plan, options, optimum.Objective);
        PlanAccounts.AssertConsistent(problem, optimum, new PlannerOptions(), optimum.Objective);

        // What-if: the first nation withdraws; the re-plan keeps the plan's price, so its optimum is a fresh plan's at it.
        PoolingProblem without = problem.WithoutNation(problem.Nations.First());
        PoolingPlan replanned = PoolingPlanner.Replan(without, plan, options);
        PoolingPlan replannedOptimum = PoolingPlanner.Plan(
            without, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30), ShortfallPricePerRiskUnitWeek = plan.ShortfallPricePerRiskUnitWeek });
        Assert.True(replannedOptimum.IsProvenOptimal);
        PlanAccounts.AssertConsistent(without, replanned, options, replannedOptimum.Objective);
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.05)]
    public void Priced_plans_agree_with_their_own_schedules(int seed, double tolerance)
    {
        PoolingProblem problem = InstanceGenerator.Generate(TestProblems.Small, seed);
        var options = new PlannerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(10), RelativeGapTolerance = tolerance, Priority = PlanningPriority.PricedShortfall, ShortfallPricePerRiskUnitWeek = 300,
        };
        PoolingPlan optimum = PoolingPlanner.Plan(problem, options with { RelativeGapTolerance = 0, TimeLimit = TimeSpan.FromSeconds(30) });
        Assert.True(optimum.IsProvenOptimal);

        PlanAccounts.AssertConsistent(problem, PoolingPlanner.Plan(problem, options), options, optimum.Objective);
        PoolingProblem without = problem.WithoutNation(problem.Nations.First());
        PlanAccounts.AssertConsistent(without, PoolingPlanner.Replan(without, optimum, options), options);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    public void Bound_holds_where_the_coverage_phase_stopped_above_its_bound(int seed, bool fromTheLp)
    {
        // The least-risk plan as a solver stopped at its gap tolerance reports it: proven within the tolerance, with a
        // bound a unit-week below the least risk. The cost phase's floor is then below every plan's risk.
        PoolingProblem problem = InstanceGenerator.Generate(TestProblems.Small, seed);
        var index = new PlanningIndex(problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.MinimizeUncoveredRisk();
        SolveOutcome leastRisk;
        using (var scip = new MipRun(model.Model.Model))
        {
            leastRisk = scip.Solve(30, 0, 0);
        }

        Assert.True(leastRisk.Proven && leastRisk.Objective >= 1);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10), LpCostPhaseAboveVariables = fromTheLp ? 0 : new PlannerOptions().LpCostPhaseAboveVariables };
        PoolingPlan optimum = PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(30) });

        PoolingPlan plan = PoolingPlanner.CostAfterCoverage(
            index, model, leastRisk with { Bound = leastRisk.Objective - 1 }, model.Read(leastRisk.Values), options, Stopwatch.StartNew());

        PlanAccounts.AssertConsistent(problem, plan, options, optimum.Objective);
    }

    [Fact]
    public void Greedy_and_b0_plans_agree_with_their_own_schedules()
    {
        PoolingProblem problem = InstanceGenerator.Generate(BenchmarkTier.B0, 1);
        var options = new PlannerOptions { TimeLimit = BenchmarkTier.B0.TimeLimit, RelativeGapTolerance = BenchmarkTier.B0.GapTolerance };

        PlanAccounts.AssertConsistent(problem, PoolingPlanner.PlanGreedy(problem), options);
        PlanAccounts.AssertConsistent(problem, PoolingPlanner.Plan(problem, options), options);
    }
}
