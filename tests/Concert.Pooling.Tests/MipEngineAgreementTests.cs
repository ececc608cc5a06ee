using System.Collections.Immutable;
using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>SCIP and HiGHS, through <see cref="MipRun"/>, prove the optimum CP-SAT proves on the planner's own models,
/// and no bound either reports lies above it, however early the run stops (a time limit, the root node, a primal stop
/// or a relaxation).</summary>
public sealed class MipEngineAgreementTests
{
    public static TheoryData<string> Engines => [nameof(MipEngine.Scip), nameof(MipEngine.Highs)];

    /// <summary>The hand-checked problems of <see cref="PlannerOptimumTests"/> with their optimum (every week covered,
    /// so the priced optimum is the asset cost), beside each engine.</summary>
    public static TheoryData<string, string, long> HandChecked
    {
        get
        {
            var data = new TheoryData<string, string, long>();
            foreach (string engine in new[] { nameof(MipEngine.Scip), nameof(MipEngine.Highs) })
            {
                // The OPV alone: 4 × 280.
                data.Add(engine, "cheaper patrol vessel", 1120);

                // 2-in-3 rotation: the OPV 3 weeks, the frigate the fourth: 3 × 280 + 700.
                data.Add(engine, "rotation", 1540);

                // Two frigates taking turns under 6-in-9 both pay their round trip: 9 × 700 + 2 × 600.
                data.Add(engine, "units taking turns", 7500);

                // KOR's cap of 600 k€ buys two OPV weeks (560), the frigate the other two (1,400).
                data.Add(engine, "budget cap", 1960);
            }

            return data;
        }
    }

    public static TheoryData<string, int> EnginesAndSeeds
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (string engine in new[] { nameof(MipEngine.Scip), nameof(MipEngine.Highs) })
            {
                foreach (int seed in new[] { 1, 2, 3 })
                {
                    data.Add(engine, seed);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HandChecked))]
    public void Proves_the_hand_worked_optimum_of_the_priced_model(string engineName, string problemName, long optimum)
    {
        CpSatPoolingModel model = Priced(HandCheckedProblem(problemName));

        using var run = new MipRun(model.Model.Model, engine: Enum.Parse<MipEngine>(engineName));
        SolveOutcome outcome = run.Solve(seconds: 10, relativeGap: 0, absoluteGap: 0);

        Assert.True(outcome.Proven);
        Assert.Equal(optimum, outcome.Objective);
        Assert.Equal(optimum, outcome.Bound, precision: 6);
        Assert.Equal(optimum, model.ObjectiveOf(outcome.Values));
    }

    [Theory]
    [MemberData(nameof(EnginesAndSeeds))]
    public void Proves_cp_sat_alones_optimum_and_bounds_it_from_below_when_stopped_early(string engineName, int seed)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        CpSatPoolingModel model = Priced(InstanceGenerator.Generate(Small, seed));
        double optimum = CpSatOptimum(model.Model);

        using var whole = new MipRun(model.Model.Model, engine: engine);
        using var early = new MipRun(model.Model.Model, engine: engine);
        using var root = new MipRun(model.Model.Model, engine: engine);
        using var relaxation = new MipRun(model.Model.Model, model.DeploymentVariables, engine);
        using var lp = new MipRun(model.Model.Model, new HashSet<int>(), engine);
        SolveOutcome proven = whole.Solve(30, 0, 0);
        SolveOutcome stopped = early.Solve(0.05, 0, 0);
        SolveOutcome rootNode = root.Solve(30, 0, 0, rootNodeOnly: true);
        double relaxationBound = relaxation.Solve(30, 0, 0).Bound;
        double lpBound = lp.Solve(30, 0, 0).Bound;

        Assert.True(proven.Proven);
        Assert.Equal(optimum, proven.Objective);
        Assert.InRange(stopped.Bound, double.NegativeInfinity, optimum + 1e-6);
        Assert.True(!stopped.HasSolution || stopped.Objective >= optimum);
        Assert.InRange(rootNode.Bound, lpBound - 1e-6, optimum + 1e-6);
        Assert.True(!rootNode.HasSolution || rootNode.Objective >= optimum);
        Assert.InRange(relaxationBound, lpBound - 1e-6, optimum + 1e-6);
        Assert.True(double.IsFinite(lpBound));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_primal_stop_returns_a_plan_at_least_as_good_as_the_target_and_no_higher_bound(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        CpSatPoolingModel model = Priced(InstanceGenerator.Generate(Small, 1));
        double optimum = CpSatOptimum(model.Model);

        // A target 5 % above the optimum: the run may stop at any plan that good, proven or not.
        using var run = new MipRun(model.Model.Model, engine: engine);
        SolveOutcome stopped = run.Solve(30, 0, 0, stopAt: optimum * 1.05);

        Assert.True(stopped.HasSolution);
        Assert.InRange(stopped.Objective, optimum, optimum * 1.05);
        Assert.InRange(stopped.Bound, double.NegativeInfinity, optimum + 1e-6);
    }

    private static CpSatPoolingModel Priced(PoolingProblem problem)
    {
        var index = new PlanningIndex(problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.Hint(GreedyPlanner.Build(index));
        model.MinimizePricedObjective();
        return model;
    }

    private static double CpSatOptimum(CpModel model)
    {
        using var solver = new CpSolver { StringParameters = "num_workers:8,max_time_in_seconds:30" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model));
        return solver.ObjectiveValue;
    }

    private static PoolingProblem HandCheckedProblem(string name) => name switch
    {
        "cheaper patrol vessel" => OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()]),
        "rotation" => OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new RotationRule(2, 1)),
        "units taking turns" => OneArea(11, [Frigate(Jpn, "F", transitDays: 3, last: 11, count: 2)], [Presence(2, 10)], new RotationRule(6, 3)),
        "budget cap" => OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], caps: ImmutableDictionary<Concert.Sharing.Trigraph, long>.Empty.Add(Kor, 600)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such hand-checked problem."),
    };
}
