using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The large tier's plan space next to the LP (<see cref="LpRoundingNeighbourhood"/>) and the search that falls
/// back to the LP's deployments where it holds no plan (<see cref="LpDeploymentSearch"/>).</summary>
public sealed class LpRoundingNeighbourhoodTests
{
    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_whole_plans_neighbourhood_is_that_plan(int seed)
    {
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(InstanceGenerator.Generate(Small, seed), out long risk);
        using var cheapest = new MipRun(model.CostWithRiskAtMost(risk));
        SolveOutcome plan = cheapest.Solve(30, 0, 0);

        CpModelProto neighbourhood = LpRoundingNeighbourhood.Of(model, [.. plan.Values.Select(value => (double)value)], risk);

        var shortfalls = model.UncoveredRiskObjective.Vars.ToHashSet();
        for (int variable = 0; variable < plan.Values.Count; variable++)
        {
            long[] domain = [.. neighbourhood.Variables[variable].Domain];
            long[] expected = shortfalls.Contains(variable) ? [.. model.Model.Model.Variables[variable].Domain] : [plan.Values[variable], plan.Values[variable]];
            Assert.Equal(expected, domain);
        }

        // The plan itself lies in it, at its own asset cost.
        SolveOutcome within = CpSat(neighbourhood, 10, double.NegativeInfinity);
        Assert.Equal(plan.Objective, within.Objective);
    }

    [Fact]
    public void Rounds_a_fractional_count_both_ways_and_noise_to_the_nearest_whole()
    {
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(InstanceGenerator.Generate(Small, 1), out long risk);
        var shortfalls = model.UncoveredRiskObjective.Vars.ToHashSet();
        int[] onStation = [.. Enumerable.Range(0, model.Model.Model.Variables.Count)
            .Where(variable => !shortfalls.Contains(variable) && !model.DeploymentVariables.Contains(variable))
            .Where(variable => model.Model.Model.Variables[variable].Domain[^1] >= 2)
            .Take(3)];
        double[] values = new double[model.Model.Model.Variables.Count];
        values[onStation[0]] = 1.4;
        values[onStation[1]] = 1 + 1e-7;
        values[onStation[2]] = 2 - 1e-7;

        CpModelProto neighbourhood = LpRoundingNeighbourhood.Of(model, values, risk);

        Assert.Equal([1L, 2L], neighbourhood.Variables[onStation[0]].Domain);
        Assert.Equal([1L, 1L], neighbourhood.Variables[onStation[1]].Domain);
        Assert.Equal([2L, 2L], neighbourhood.Variables[onStation[2]].Domain);
    }

    [Fact]
    public void Searches_the_lps_deployments_where_its_rounding_holds_no_plan_at_the_ceiling()
    {
        // Presence in weeks 1–6, at most 3 weeks on station in any 4: a frigate with a round trip to pay and an OPV
        // with none. LP values of zero round every count to zero, which leaves all six weeks short, above the ceiling
        // of one week; the LP's deployments (none for the frigate) still let the OPV cover five weeks (1–3, 5–6).
        PoolingProblem problem = OneArea(
            8,
            [Frigate(Jpn, "F", transitDays: 7, first: 1, last: 8), PatrolVessel(Kor, "O", first: 1, last: 6)],
            [Presence(first: 1, last: 6)],
            new RotationRule(3, 1));
        var model = new CpSatPoolingModel(new PlanningIndex(problem, null), breakSymmetry: true);
        model.MinimizeAssetCostAfterRisk(0);
        var zeros = new LpRelaxation(new double[model.Model.Model.Variables.Count], 0);

        IReadOnlyList<long> plan = LpDeploymentSearch.Plan(model, zeros, riskCeiling: 1, seconds: 10, stopAt: double.NegativeInfinity, CpSat);

        // One week short, five OPV weeks at 280 k€.
        Assert.Equal(model.RiskWeightInObjective + (5 * 280), model.ObjectiveOf(plan));
    }

    [Fact]
    public void Finds_nothing_where_neither_space_holds_a_plan_at_the_ceiling()
    {
        PoolingProblem problem = OneArea(
            8, [Frigate(Jpn, "F", transitDays: 7, first: 1, last: 8)], [Presence(first: 2, last: 3)], new RotationRule(3, 1));
        var model = new CpSatPoolingModel(new PlanningIndex(problem, null), breakSymmetry: true);
        model.MinimizeAssetCostAfterRisk(0);
        var zeros = new LpRelaxation(new double[model.Model.Model.Variables.Count], 0);

        Assert.Empty(LpDeploymentSearch.Plan(model, zeros, riskCeiling: 0, seconds: 5, stopAt: double.NegativeInfinity, CpSat));
    }

    [Fact]
    public void Stops_at_the_neighbourhoods_plan_where_it_meets_the_target()
    {
        // The LP's values are the frigates taking turns, so its rounding holds that one schedule, which meets a target
        // of its own cost: the box around it, which holds the optimum, is not searched.
        (CpSatPoolingModel model, LpRelaxation lp) = AtTheFrigatesTakingTurns();

        IReadOnlyList<long> plan = LpDeploymentSearch.Plan(model, lp, riskCeiling: 0, seconds: 10, stopAt: FrigatesAndPatrolVessel.FrigatesTakingTurns, CpSat);

        Assert.Equal(FrigatesAndPatrolVessel.FrigatesTakingTurns, model.ObjectiveOf(plan));
    }

    [Fact]
    public void Searches_the_box_from_the_neighbourhoods_optimum_where_it_falls_short_of_the_target()
    {
        // As above, with the optimum as the target: CP-SAT proves the neighbourhood's one schedule short of it, and the
        // time left goes to the box around it (the frigates deployed twice, the OPV once), which holds the optimum.
        (CpSatPoolingModel model, LpRelaxation lp) = AtTheFrigatesTakingTurns();

        IReadOnlyList<long> plan = LpDeploymentSearch.Plan(model, lp, riskCeiling: 0, seconds: 10, stopAt: FrigatesAndPatrolVessel.Optimum, CpSat);

        Assert.Equal(FrigatesAndPatrolVessel.Optimum, model.ObjectiveOf(plan));
    }

    /// <summary>The hand case's model set for its cost phase at risk 0, and an LP whose values are the frigates taking
    /// turns.</summary>
    private static (CpSatPoolingModel Model, LpRelaxation Lp) AtTheFrigatesTakingTurns()
    {
        var index = new PlanningIndex(FrigatesAndPatrolVessel.Problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.MinimizeAssetCostAfterRisk(0);
        SolveOutcome dear = FrigatesAndPatrolVessel.FrigatesTakingTurnsIn(index, model);
        return (model, new LpRelaxation([.. dear.Values.Select(value => (double)value)], 0));
    }

    /// <summary>CP-SAT to a space's optimum, or to a plan as good as <paramref name="stopAt"/>.</summary>
    private static SolveOutcome CpSat(CpModelProto space, double seconds, double stopAt)
    {
        var model = new CpModel();
        model.Model.MergeFrom(space);
        return CpSat(model, seconds, stopAt);
    }

    private static SolveOutcome CpSat(CpModel model, double seconds, double stopAt)
    {
        var solver = new CpSolver { StringParameters = FormattableString.Invariant($"num_workers:2,max_time_in_seconds:{seconds},relative_gap_limit:0") };
        using var stop = new StopAtObjective(stopAt);
        CpSolverStatus status = solver.Solve(model, stop);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? new SolveOutcome([.. solver.Response!.Solution], solver.ObjectiveValue, solver.BestObjectiveBound, status == CpSolverStatus.Optimal)
            : SolveOutcome.Nothing;
    }
}
