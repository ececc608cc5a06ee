using Concert.Pooling.Benchmarks;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Tests;

/// <summary>The translation of a CP-SAT model into a MIP keeps variables, constraints, objective and hint, and SCIP and
/// HiGHS answer alike through it.</summary>
public sealed class MipRunTests
{
    /// <summary>The engines by name: a theory's data must be public, the engine is internal.</summary>
    public static TheoryData<string> Engines => [nameof(MipEngine.Scip), nameof(MipEngine.Highs)];

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solves_a_linear_model_to_the_hand_worked_optimum(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        // y = 3 needs x ≥ 1 (cost 15); y = 4, x = 0 costs 16; y ≤ 2 needs x ≥ 3 > y + 1. Optimum 15 at (1, 3).
        (CpModel model, IntVar x, IntVar y) = HandWorkedModel();

        using var scip = new MipRun(model.Model, engine: engine);
        SolveOutcome outcome = scip.Solve(seconds: 10, relativeGap: 0, absoluteGap: 0);

        Assert.True(outcome.Proven);
        Assert.Equal(15, outcome.Objective);
        Assert.Equal(15, outcome.Bound);
        Assert.Equal(1, outcome.Values[x.Index]);
        Assert.Equal(3, outcome.Values[y.Index]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Keeps_the_objective_offset(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        var model = new CpModel();
        IntVar x = model.NewIntVar(2, 5, "x");
        model.Minimize(x + 10);

        using var scip = new MipRun(model.Model, engine: engine);

        Assert.Equal(12, scip.Solve(10, 0, 0).Objective);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void With_only_some_variables_integer_answers_the_relaxation_bound_and_no_values(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        // min 2x + 3y, 2x + 2y ≥ 3, x, y in 0..5. All integer: x + y ≥ 2, optimum 4 at (2, 0). With y alone
        // integer, x = 1.5 and y = 0 cost 3, a bound on the integer optimum but no plan.
        (CpModel model, IntVar x, IntVar y) = SplitModel();

        using var whole = new MipRun(model.Model, engine: engine);
        using var relaxed = new MipRun(model.Model, new HashSet<int> { y.Index }, engine);
        SolveOutcome integer = whole.Solve(10, 0, 0);
        SolveOutcome relaxation = relaxed.Solve(10, 0, 0);

        Assert.Equal(4, integer.Objective);
        Assert.Equal(3, relaxation.Bound, precision: 6);
        Assert.False(relaxation.HasSolution);
        Assert.False(relaxation.Proven);
        Assert.Equal(1.5, relaxed.RelaxationValues[x.Index], precision: 6);
        Assert.Equal(0, relaxed.RelaxationValues[y.Index], precision: 6);
        Assert.Empty(whole.RelaxationValues);
    }

    [Fact]
    public void A_relaxation_with_root_cuts_and_without_restarts_answers_the_same_bound()
    {
        // The lazy-integrality step's settings (three root cut rounds, no restart after the root's fixings): SCIP takes
        // them, and the relaxation of min 2x + 3y, 2x + 2y ≥ 3 with y alone integer is still 3 at x = 1.5, y = 0.
        (CpModel model, IntVar x, IntVar y) = SplitModel();

        using var step = new MipRun(model.Model, new HashSet<int> { y.Index }) { RelaxationRootCutRounds = 3, RestartAfterRootFixings = false };
        SolveOutcome relaxation = step.Solve(10, 0, 0);

        Assert.Equal(3, relaxation.Bound, precision: 6);
        Assert.Equal(1.5, step.RelaxationValues[x.Index], precision: 6);
        Assert.Equal(0, step.RelaxationValues[y.Index], precision: 6);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Stops_at_a_solution_as_good_as_the_target_it_is_given(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        // min x, x + y ≥ 4, x in 0..10, y in 0..3, from the hint x = 10, y = 0: the optimum is 1 (y = 3). Told to stop
        // at 10, SCIP may stop at its hint, unproven; without a target it proves 1.
        var model = new CpModel();
        IntVar x = model.NewIntVar(0, 10, "x");
        IntVar y = model.NewIntVar(0, 3, "y");
        model.Add(x + y >= 4);
        model.Minimize(x);
        model.AddHint(x, 10);
        model.AddHint(y, 0);

        using var stopped = new MipRun(model.Model, engine: engine);
        using var whole = new MipRun(model.Model, engine: engine);
        SolveOutcome atTarget = stopped.Solve(10, 0, 0, stopAt: 10);
        SolveOutcome optimum = whole.Solve(10, 0, 0);

        Assert.True(atTarget.HasSolution);
        Assert.True(atTarget.Objective <= 10);
        Assert.Equal(1, optimum.Objective);
        Assert.True(optimum.Proven);
    }

    [Fact]
    public void A_relaxation_stopped_at_a_known_plans_cutoff_proves_the_plan_where_it_is_tight()
    {
        // The hand-worked model with x continuous: LP y = 3.5, x = 0, cost 14; y = 3 needs x ≥ 1 (15), y = 4 costs 16,
        // y ≤ 2 needs x ≥ 3 > y + 1 with y = 2 (17). The relaxation is 15, the whole model's optimum too, so a known
        // plan of 15 is proven once the bound passes 14 (cutoff 14.01).
        (CpModel model, _, IntVar y) = HandWorkedModel();

        using var relaxed = new MipRun(model.Model, new HashSet<int> { y.Index });
        SolveOutcome outcome = relaxed.Solve(10, 0, 0, stopAt: 14.01, proveAt: 14.01);

        Assert.InRange(outcome.Bound, 14.01, 15 + 1e-6);
    }

    [Fact]
    public void A_relaxation_stopped_at_a_known_plans_cutoff_does_not_prove_a_plan_above_its_optimum()
    {
        // min 2x + 3y, 2x + 2y ≥ 3, x continuous, y integer, both in 0..5: the relaxation is 3 (x = 1.5, y = 0), the
        // whole model's optimum 4 (x = 2). A plan of 4 needs a bound above 3 (cutoff 3.01); the relaxation has a
        // solution below it, so it stops there without claiming the cutoff.
        (CpModel model, IntVar x, IntVar y) = SplitModel();

        using var relaxed = new MipRun(model.Model, new HashSet<int> { y.Index });
        SolveOutcome outcome = relaxed.Solve(10, 0, 0, stopAt: 3.01, proveAt: 3.01);

        Assert.True(outcome.Bound <= 3 + 1e-6);
        Assert.True((2 * relaxed.RelaxationValues[x.Index]) + (3 * relaxed.RelaxationValues[y.Index]) <= 3.01);
    }

    [Fact]
    public void Only_scip_stops_at_a_bound()
    {
        var model = new CpModel();
        IntVar x = model.NewIntVar(2, 5, "x");
        model.Minimize(x);
        using var highs = new MipRun(model.Model, engine: MipEngine.Highs);

        Assert.Throws<InvalidOperationException>(() => highs.Solve(10, 0, 0, proveAt: 1));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_second_solve_of_the_same_run_keeps_no_limit_of_the_first(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        // A solver keeps its options from one solve to the next: a first solve that stops at any plan at the root must
        // not make the second, without limits, stop there too. A generated cost phase the root does not prove.
        CpModelProto model = CostPhaseModels.AtLeastRisk(InstanceGenerator.Generate(BenchmarkTier.B0, 3), out _).Model.Model;
        using var fresh = new MipRun(model, engine: engine);
        using var run = new MipRun(model, engine: engine);
        SolveOutcome optimum = fresh.Solve(30, 0, 0);
        SolveOutcome first = run.Solve(30, 0, 0, stopAt: double.MaxValue / 4, rootNodeOnly: true);
        SolveOutcome again = run.Solve(30, 0, 0);

        Assert.True(optimum.Proven);
        Assert.False(first.Proven);
        Assert.True(again.Proven);
        Assert.Equal(optimum.Objective, again.Objective);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Refuses_a_constraint_that_is_not_linear(string engineName)
    {
        MipEngine engine = Enum.Parse<MipEngine>(engineName);
        var model = new CpModel();
        IntVar x = model.NewIntVar(0, 3, "x");
        IntVar y = model.NewIntVar(0, 3, "y");
        model.AddAllDifferent([x, y]);

        Assert.Throws<InvalidOperationException>(() => new MipRun(model.Model, engine: engine));
    }

    [Fact]
    public void Merge_keeps_the_better_solution_and_the_higher_bound()
    {
        var cpSat = new SolveOutcome([1, 2], Objective: 20, Bound: 12, Proven: false);
        var scip = new SolveOutcome([3, 4], Objective: 18, Bound: 15, Proven: false);

        SolveOutcome merged = cpSat.Merge(scip);

        Assert.Equal(18, merged.Objective);
        Assert.Equal(15, merged.Bound);
        Assert.Equal([3L, 4L], merged.Values);
        Assert.False(merged.Proven);
        Assert.True(SolveOutcome.Nothing.Merge(cpSat with { Proven = true }).Proven);
        Assert.False(SolveOutcome.Nothing.Merge(SolveOutcome.Nothing).HasSolution);
    }

    /// <summary>min 3x + 4y, x + 2y ≥ 7, x − y ≤ 1, x and y in 0..5.</summary>
    private static (CpModel Model, IntVar X, IntVar Y) HandWorkedModel()
    {
        var model = new CpModel();
        IntVar x = model.NewIntVar(0, 5, "x");
        IntVar y = model.NewIntVar(0, 5, "y");
        model.Add(x + (2 * y) >= 7);
        model.Add(x - y <= 1);
        model.Minimize((3 * x) + (4 * y));
        return (model, x, y);
    }

    /// <summary>min 2x + 3y, 2x + 2y ≥ 3, x and y in 0..5: the integer optimum 4 at (2, 0); with y alone integer the
    /// relaxation splits x to 1.5 at a cost of 3.</summary>
    private static (CpModel Model, IntVar X, IntVar Y) SplitModel()
    {
        var model = new CpModel();
        IntVar x = model.NewIntVar(0, 5, "x");
        IntVar y = model.NewIntVar(0, 5, "y");
        model.Add((2 * x) + (2 * y) >= 3);
        model.Minimize((2 * x) + (3 * y));
        return (model, x, y);
    }
}
