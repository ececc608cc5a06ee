using System.Collections.Immutable;
using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The rest-week rows (<see cref="RestWeekRows"/>): a single unit works its project's rest weeks only where
/// it is deployed to another project, and the rows cut off no plan.</summary>
public sealed class RestWeekRowTests
{
    /// <summary>The small tier's seeds among 1–7 whose models have rest-week rows (1 and 6 have none).</summary>
    public static TheoryData<int> Seeds => [2, 3, 4, 5, 7];

    [Fact]
    public void Cut_off_the_LPs_quarter_deployment_that_buys_rest_weeks()
    {
        // One frigate (700 k€ a week) over 6 weeks: a free round trip to A (project P, 2 weeks on station in any 3, a
        // unit a week needed in weeks 1–6) and 1,400 k€ to B (project Q, no rest, a unit a week needed in weeks 2–5,
        // on station there weeks 2–5 after a week's transit each way). The least risk, 4 unit-weeks short, has the
        // frigate on station every week: in A 4 weeks, in B in A's rest weeks, so it sails to B: 6 × 700 + 1,400 =
        // 5,600 k€. The LP deploys half a unit to B (4,900 k€): weeks 1 and 6 in A and half of each week 2–3 in B
        // keep A's window 1–3 at 2. The row of that window, x(1–3, anywhere) ≤ 2 + d(B), asks for the whole unit.
        PoolingProblem problem = SentAwayToRest(transitDaysToB: 7);
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(new PlanningIndex(problem, null), rotationCoverCuts: true, out long risk);
        Assert.Equal(4, risk);
        Assert.NotEmpty(model.RestRows);

        CpSatPoolingModel without = CostPhaseModels.AtLeastRisk(new PlanningIndex(problem, null), rotationCoverCuts: true, out _, restWeekRows: false);
        using var lpWithout = new MipRun(without.CostWithRiskAtMost(risk), new HashSet<int>());
        using var lpWith = new MipRun(model.CostWithRiskAtMost(risk), new HashSet<int>());

        Assert.Equal(4900, lpWithout.Solve(10, 0, 0).Bound, precision: 3);
        Assert.Contains(model.RestRows, row => ProtoTerms.ValueAt(row.Linear.Vars, row.Linear.Coeffs, lpWithout.RelaxationValues) > row.Linear.Domain[^1] + 0.25);
        Assert.Equal(5600, lpWith.Solve(10, 0, 0).Bound, precision: 3);
        Assert.Equal(5600, PoolingPlanner.Plan(problem, new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(10) }).AssetCost);
    }

    [Fact]
    public void Make_no_row_where_the_unit_rests_elsewhere_for_nothing()
    {
        // The same frigate with a free round trip to B as well: it may work A's rest weeks in B at no cost, so no row.
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(new PlanningIndex(SentAwayToRest(transitDaysToB: 0), null), rotationCoverCuts: true, out _);

        Assert.Empty(model.RestRows);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cut_off_no_plan_the_model_without_them_finds(int seed)
    {
        // Every plan CP-SAT passes through on the cost phase's model (which never carries the rows), down to its
        // optimum, and the greedy plan as the model values it, meets every row.
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        var index = new PlanningIndex(problem, null);
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(index, rotationCoverCuts: true, out _);
        Assert.NotEmpty(model.RestRows);

        List<long[]> plans = PlansPassedThrough.Of(model, index, seed);
        Assert.True(plans.Count >= 2);
        Assert.All(plans, plan => Assert.Null(PlansPassedThrough.FirstViolatedRow(model.RestRows, plan)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Leave_the_cost_phase_optimum_unchanged(int seed)
    {
        // The bound model (asset cost at the least risk) solved whole, with and without the rows.
        var index = new PlanningIndex(InstanceGenerator.Generate(Small, seed), null);
        (CpSatPoolingModel without, long riskWithout, SolveOutcome optimumWithout) = CostPhaseModels.BoundModelOptimum(index, rotationCoverCuts: true, restWeekRows: false);
        (_, long riskWith, SolveOutcome optimumWith) = CostPhaseModels.BoundModelOptimum(index, rotationCoverCuts: true);

        Assert.Empty(without.RestRows);
        Assert.Equal(riskWithout, riskWith);
        Assert.True(optimumWithout.Proven && optimumWith.Proven);
        Assert.Equal(optimumWithout.Objective, optimumWith.Objective);
    }

    /// <summary>The frigate of <see cref="Cut_off_the_LPs_quarter_deployment_that_buys_rest_weeks"/>, with
    /// <paramref name="transitDaysToB"/> days to B (0: a free round trip there too).</summary>
    private static PoolingProblem SentAwayToRest(int transitDaysToB)
    {
        Pledge frigate = Frigate(Jpn, "JPN-FF", costPerDay: 100, last: 6) with
        {
            TransitDays = ImmutableDictionary<string, int>.Empty.Add("A", 0).Add("B", transitDaysToB),
        };
        Requirement inB = Presence(first: 2, last: 5, id: "B-PRES") with { AreaId = "B" };
        return new PoolingProblem(
            6,
            [new OperatingArea("A", "Area A"), new OperatingArea("B", "Area B")],
            [frigate],
            [],
            [
                new PoolingProject("P", "Project P", [Presence(first: 1, last: 6)], new RotationRule(2, 1), ImmutableDictionary<Trigraph, long>.Empty, Unclassified),
                new PoolingProject("Q", "Project Q", [inB], new RotationRule(6, 0), ImmutableDictionary<Trigraph, long>.Empty, Unclassified),
            ]);
    }
}
