using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>Instances small enough to solve by hand; each test says how its optimum was worked out.</summary>
public sealed class PlannerOptimumTests
{
    [Fact]
    public void Cheaper_patrol_vessel_holds_presence_alone()
    {
        // Presence in weeks 1–4: the OPV at 40 k€/day costs 4 × 280 = 1,120; the frigate would cost 4 × 700.
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()]);

        PoolingPlan plan = PoolingPlanner.Plan(problem);

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(1120, plan.Objective);
        Assert.Equal(0, plan.ShortfallPenalty);
        PlanAssignment only = Assert.Single(plan.Assignments);
        Assert.Equal<string>(["O"], only.PledgeIds);
        Assert.Equal(new WeekRange(1, 4), only.Weeks);
        Assert.Equal(1.0, plan.Coverage);
    }

    [Fact]
    public void Rotation_rest_week_is_covered_by_the_dearer_frigate()
    {
        // At most 2 weeks on station in any 3: the OPV covers 3 of the 4 weeks (e.g. 1, 2, 4); the frigate the
        // fourth. 3 × 280 + 700 = 1,540.
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new RotationRule(2, 1));

        PoolingPlan plan = PoolingPlanner.Plan(problem);

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(1540, plan.Objective);
        Assert.Equal(3, plan.Assignments.Where(assignment => assignment.PledgeIds.Contains("O")).Sum(assignment => assignment.Weeks.Length));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Units_taking_turns_on_station_each_pay_a_round_trip(bool useScip)
    {
        // Two frigates of one pledge, 3 days' transit (on station weeks 2–10 of an 11-week horizon, a round trip of
        // 2 × 3 × 100 = 600), at most 6 weeks on station in any 9. Presence every week 2–10: 9 unit-weeks in the
        // window 2–10 need ⌈9 / 6⌉ = 2 units, so both sail: 9 × 700 + 2 × 600 = 7,500 (one round trip, 6,900, was
        // the old model's price). Leaving weeks short costs more: one unit covers at most 6 of the 9, and each
        // week short is priced above a week plus a round trip.
        PoolingProblem problem = OneArea(
            11, [Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2)], [Presence(2, 10)], new RotationRule(6, 3));

        PoolingPlan plan = PoolingPlanner.Plan(problem, new PlannerOptions { UseScip = useScip });

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(7500, plan.Objective);
        Assert.Equal(7500, plan.AssetCost);
        Assert.Equal(1.0, plan.Coverage);
        Assert.Equal(9, plan.Assignments.Sum(assignment => assignment.Units * assignment.Weeks.Length));
        PlanRules.AssertHardRules(problem, plan);
    }

    [Fact]
    public void Budget_cap_limits_the_cheap_nation()
    {
        // KOR may spend 600 k€: two OPV weeks (560); the frigate covers the other two (1,400). Total 1,960.
        PoolingProblem problem = OneArea(
            4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], caps: ImmutableDictionary<Concert.Sharing.Trigraph, long>.Empty.Add(Kor, 600));

        PoolingPlan plan = PoolingPlanner.Plan(problem);

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(1960, plan.Objective);
        Assert.Equal(560, plan.CostByNation[Kor]);
    }

    [Fact]
    public void Transit_shortens_the_window_and_costs_a_round_trip()
    {
        // Available weeks 1–5 with 3 days' transit: one whole week each way, so on station weeks 2–4. Presence is
        // asked in weeks 1–3: weeks 2 and 3 cost 2 × 700 + a round trip of 2 × 3 × 100 = 2,000; week 1 stays short.
        PoolingProblem problem = OneArea(5, [Frigate(Jpn, "F", transitDays: 3, last: 5)], [Presence(1, 3, risk: 2)]);

        PoolingPlan plan = PoolingPlanner.Plan(problem);

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(2000, plan.AssetCost);
        PlanShortfall shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal(new WeekRange(1, 1), shortfall.Weeks);
        Assert.Equal(1, shortfall.UnitsShort);
        Assert.Contains("can be on station", shortfall.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Interchangeable_pledges_are_counted_together()
    {
        // Two identical single-frigate pledges of one nation form one group of two; two units are needed each week.
        PoolingProblem problem = OneArea(2, [Frigate(Jpn, "F1", last: 2), Frigate(Jpn, "F2", last: 2)], [Presence(1, 2, units: 2)]);

        PoolingPlan plan = PoolingPlanner.Plan(problem);

        PlanAssignment assignment = Assert.Single(plan.Assignments);
        Assert.Equal<string>(["F1", "F2"], assignment.PledgeIds);
        Assert.Equal(2, assignment.Units);
        Assert.Equal(2 * 2 * 700, plan.Objective);
    }

    [Fact]
    public void Priced_shortfall_leaves_a_gap_dearer_to_fill_than_its_price()
    {
        // A frigate week costs 700; at a charter price of 100 per unit-week the priced plan buys in all four weeks
        // (400), while coverage first puts the frigate on station (2,800).
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F")], [Presence()]);

        PoolingPlan priced = PoolingPlanner.Plan(problem, new PlannerOptions { Priority = PlanningPriority.PricedShortfall, ShortfallPricePerRiskUnitWeek = 100 });
        PoolingPlan coverageFirst = PoolingPlanner.Plan(problem, new PlannerOptions { ShortfallPricePerRiskUnitWeek = 100 });

        Assert.Equal(400, priced.Objective);
        Assert.Empty(priced.Assignments);
        Assert.Equal(2800, coverageFirst.Objective);
        Assert.Equal(1.0, coverageFirst.Coverage);
        Assert.True(coverageFirst.IsProvenOptimal);
    }

    [Fact]
    public void Greedy_is_never_better_than_the_optimum()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new RotationRule(2, 1));

        Assert.True(PoolingPlanner.PlanGreedy(problem).Objective >= PoolingPlanner.Plan(problem).Objective);
    }

    [Fact]
    public void Explanation_says_what_goes_where_and_the_verdict()
    {
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()]));

        Assert.StartsWith("Plan proven optimal", plan.Explanation[0], StringComparison.Ordinal);
        Assert.Contains(plan.Explanation, line => line.StartsWith("1 × KOR offshore patrol vessel (O) in A, weeks 1–4: counts for A-PRES", StringComparison.Ordinal));
        Assert.Contains("Every requirement is met in every week.", plan.Explanation);
    }
}
