using System.Globalization;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>One phase's CP-SAT model solved as a mixed-integer programme by a branch-and-cut solver OR-Tools ships
/// (<see cref="MipEngine"/>: SCIP or HiGHS): the same integer variables (by index), linear constraints, objective and
/// hint (<see cref="MipModel"/>), so its solutions and bounds are the CP-SAT model's.</summary>
/// <remarks>Why beside CP-SAT: the coverage phase's LP is nearly integral and a MIP solver's cuts close the transit gap
/// of the cost phase, where CP-SAT's portfolio stalls at its LP bound (measured 2026-11-28: B3 seed 1 coverage proven
/// by SCIP in 5 s where CP-SAT stood at 651 against a bound of 608 after 30 s; B2 seed 1 cost within 0.2 % in 30 s
/// where CP-SAT was 30 % off). CP-SAT stays faster on the small tiers, so the planner uses both
/// (<see cref="PhaseSolver"/>, which also says which engine where).</remarks>
internal sealed class MipRun : IDisposable
{
    private readonly MipModel _model;

    /// <summary>SCIP with the model loaded, or null when HiGHS solves.</summary>
    private readonly Solver? _scip;

    /// <summary>SCIP's variables, by the model's index.</summary>
    private readonly Variable[] _scipVariables = [];

    /// <summary>HiGHS with the model loaded, or null when SCIP solves.</summary>
    private readonly HighsHandle? _highs;

    /// <param name="model">A CP-SAT model whose constraints are all linear, minimised.</param>
    /// <param name="integerVariables">The variables (by index) kept integer, or null for all: with only some, the
    /// solver solves a relaxation, whose bound holds for the model but whose values need not be whole numbers.</param>
    /// <param name="engine">The solver.</param>
    public MipRun(CpModelProto model, IReadOnlySet<int>? integerVariables = null, MipEngine engine = MipEngine.Scip)
    {
        _model = new MipModel(model, integerVariables);
        if (engine == MipEngine.Highs)
        {
            _highs = LoadHighs(_model);
        }
        else
        {
            (_scip, _scipVariables) = LoadScip(_model);
        }
    }

    /// <summary>A relaxation's best solution after <see cref="Solve"/>: the value of every variable by index, whole
    /// numbers for the integer ones only; empty when it found none (and for a model solved whole).</summary>
    public IReadOnlyList<double> RelaxationValues { get; private set; } = [];

    /// <summary>SCIP parameter lines (<c>name = value</c>, one a line) set after the run's own, so they override them:
    /// for the bench that measures SCIP's settings on the planner's models (RelaxationSettingsBenchmark); empty in the
    /// planner.</summary>
    public string ExtraScipParameters { get; init; } = string.Empty;

    /// <summary>Whether SCIP writes its log to standard output (for the same bench).</summary>
    public bool ScipLog { get; init; }

    /// <summary>SCIP's rounds of cutting planes at the root of a relaxation (none in the tree): 0 by default, see
    /// <see cref="Solve"/>. A relaxation with part of the schedule integer gains from a few (<see cref="LazyScheduleIntegrality"/>).</summary>
    public int RelaxationRootCutRounds { get; init; }

    /// <summary>Whether SCIP may restart its search after the root fixes many integer variables (SCIP's default, true):
    /// a restart presolves and solves the root again. A lazy-integrality step gains without (<see cref="LazyScheduleIntegrality"/>).
    /// HiGHS has no such switch and ignores it.</summary>
    public bool RestartAfterRootFixings { get; init; } = true;

    /// <summary>Solves within <paramref name="seconds"/>, stopping at either gap limit (0 for none). A relaxation
    /// answers its bound alone (its optimum when proven), its values in <see cref="RelaxationValues"/>: they are no
    /// plan.</summary>
    /// <remarks>SCIP solves a relaxation without cutting planes: with only the deployments integer its root LP is
    /// already close, and SCIP's cut rounds cost more LP iterations than the few nodes they save (B0 seed 5: 1.5 s of
    /// processor time and 2 nodes with cuts, 0.31 s and 12 nodes without; B1 seed 4: 8.6 s against 3.3 s; measured
    /// 2026-11-28, docs/pooling.md). The whole model keeps them: there they close the transit gap. HiGHS 1.12 has no
    /// switch for its cuts; it keeps them everywhere. SCIP's other settings stay its defaults: none measured in the
    /// seventh session proved the relaxation of B1 seed 4 or B2 seed 1 faster (root-only flow cover, c-MIR, MCF and
    /// implied-bound cuts; strong-branching limits, pseudo-cost, inference and full strong branching; best-first node
    /// selection; no primal heuristics, no RENS, no conflict analysis, other LP pricing, no presolve; docs/pooling.md).
    /// Its time goes into the tree (B1 seed 4: 773 nodes after a root LP 2.7 % below), which the relaxation needs
    /// whole only to prove a plan it can prove; given that plan's value P (a whole objective), a relaxation stopped at
    /// P − 1 plus a margin both ways (<paramref name="stopAt"/> and <paramref name="proveAt"/>) answers at its first
    /// solution below, where it cannot prove P (B1 seed 4: 1.6 s of processor time instead of 11.4 s), and as fast as
    /// before where it can. A cap on the objective as a row instead is far slower (the row spoils the LP).</remarks>
    /// <param name="seconds">The time limit.</param>
    /// <param name="relativeGap">Stop at this relative gap.</param>
    /// <param name="absoluteGap">Stop at this absolute gap.</param>
    /// <param name="stopAt">Stop at a solution this good: where another solver's bound proves it (negative infinity
    /// for no such stop).</param>
    /// <param name="rootNodeOnly">Whether the solver stops after its root node (SCIP also without cutting planes): the
    /// LP's bound and the plans of its root heuristics, for the benches' comparisons (a fairness analysis's first pass
    /// until the eighth session).</param>
    /// <param name="proveAt">Stop once the bound is this high (SCIP only; positive infinity for no such stop): where a
    /// known plan is to be proven, nothing more is asked of a relaxation.</param>
    public SolveOutcome Solve(
        double seconds,
        double relativeGap,
        double absoluteGap,
        double stopAt = double.NegativeInfinity,
        bool rootNodeOnly = false,
        double proveAt = double.PositiveInfinity)
    {
        if (_highs is not null && double.IsFinite(proveAt))
        {
            throw new InvalidOperationException("Only SCIP stops at a bound.");
        }

        MipResult result = _highs is not null
            ? SolveWithHighs(_highs, seconds, relativeGap, absoluteGap, stopAt, rootNodeOnly)
            : SolveWithScip(_scip!, seconds, relativeGap, absoluteGap, stopAt, rootNodeOnly, proveAt);
        double bound = result.Bound + _model.ObjectiveOffset;
        if (result.Values is null)
        {
            return SolveOutcome.Nothing with { Bound = bound };
        }

        double objective = result.Objective + _model.ObjectiveOffset;
        if (_model.IsRelaxation)
        {
            RelaxationValues = result.Values;
            return SolveOutcome.Nothing with { Bound = result.Optimal ? Math.Min(bound, objective) : bound };
        }

        // Every variable is integer and every coefficient too, so rounding the solver's values within its integrality
        // tolerance gives an exactly feasible solution, and its objective is exact in whole numbers (the solver's own
        // value is off by its floating-point error, enough to miss a bound it meets).
        long[] values = [.. result.Values.Select(value => (long)Math.Round(value))];
        double exact = _model.ObjectiveOf(values);
        return new SolveOutcome(values, exact, result.Optimal ? Math.Min(bound, exact) : bound, result.Optimal);
    }

    public void Dispose()
    {
        _scip?.Dispose();
        _highs?.Dispose();
    }

    private static (Solver Solver, Variable[] Variables) LoadScip(MipModel model)
    {
        Solver solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is missing from this OR-Tools build.");
        Variable[] variables = new Variable[model.Names.Length];
        for (int index = 0; index < variables.Length; index++)
        {
            variables[index] = model.Integer[index]
                ? solver.MakeIntVar(model.Lower[index], model.Upper[index], model.Names[index])
                : solver.MakeNumVar(model.Lower[index], model.Upper[index], model.Names[index]);
        }

        for (int row = 0; row < model.RowLower.Length; row++)
        {
            Google.OrTools.LinearSolver.Constraint constraint = solver.MakeConstraint(model.RowLower[row], model.RowUpper[row]);
            for (int term = model.RowStarts[row]; term < model.RowStarts[row + 1]; term++)
            {
                constraint.SetCoefficient(variables[model.RowColumns[term]], model.RowValues[term]);
            }
        }

        Objective objective = solver.Objective();
        foreach ((int variable, long coefficient) in model.ObjectiveTerms)
        {
            objective.SetCoefficient(variables[variable], coefficient);
        }

        objective.SetMinimization();
        if (model.HintVariables.Length > 0)
        {
            solver.SetHint([.. model.HintVariables.Select(index => variables[index])], model.HintValues);
        }

        return (solver, variables);
    }

    private static HighsHandle LoadHighs(MipModel model)
    {
        HighsHandle highs = HighsNative.Create();
        try
        {
            HighsNative.Check(
                HighsNative.PassMip(
                    highs,
                    model.Names.Length,
                    model.RowLower.Length,
                    model.RowColumns.Length,
                    HighsNative.RowWise,
                    HighsNative.Minimize,
                    offset: 0,
                    model.Cost,
                    model.Lower,
                    model.Upper,
                    model.RowLower,
                    model.RowUpper,
                    model.RowStarts,
                    model.RowColumns,
                    model.RowValues,
                    [.. model.Integer.Select(integer => integer ? 1 : 0)]),
                "the model");
            if (model.HintVariables.Length > 0)
            {
                HighsNative.Check(HighsNative.SetSparseSolution(highs, model.HintVariables.Length, model.HintVariables, model.HintValues), "the hint");
            }

            return highs;
        }
        catch (InvalidOperationException)
        {
            highs.Dispose();
            throw;
        }
    }

    private MipResult SolveWithScip(
        Solver solver, double seconds, double relativeGap, double absoluteGap, double stopAt, bool rootNodeOnly, double proveAt)
    {
        Objective objective = solver.Objective();
        solver.SetTimeLimit((long)Math.Max(50, seconds * 1000));
        string parameters = string.Create(CultureInfo.InvariantCulture, $"limits/absgap = {absoluteGap:R}\n")
            + (_model.IsRelaxation ? string.Create(CultureInfo.InvariantCulture, $"separating/maxroundsroot = {RelaxationRootCutRounds}\nseparating/maxrounds = 0\n") : string.Empty)
            + (rootNodeOnly ? "limits/nodes = 1\nseparating/maxroundsroot = 0\n" : string.Empty)
            + (RestartAfterRootFixings ? string.Empty : "presolving/maxrestarts = 0\n")
            + (double.IsFinite(stopAt) ? string.Create(CultureInfo.InvariantCulture, $"limits/primal = {stopAt - _model.ObjectiveOffset:R}\n") : string.Empty)
            + (double.IsFinite(proveAt) ? string.Create(CultureInfo.InvariantCulture, $"limits/dual = {proveAt - _model.ObjectiveOffset:R}\n") : string.Empty)
            + ExtraScipParameters;
        if (ScipLog)
        {
            solver.EnableOutput();
        }

        if (!solver.SetSolverSpecificParametersAsString(parameters))
        {
            throw new InvalidOperationException("SCIP refused its gap, cut or node limit parameters.");
        }

        using var gap = new MPSolverParameters();
        gap.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        Solver.ResultStatus status = solver.Solve(gap);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return MipResult.Nothing;
        }

        return new MipResult(
            [.. _scipVariables.Select(variable => variable.SolutionValue())],
            objective.Value(),
            objective.BestBound(),
            status == Solver.ResultStatus.OPTIMAL);
    }

    private MipResult SolveWithHighs(HighsHandle highs, double seconds, double relativeGap, double absoluteGap, double stopAt, bool rootNodeOnly)
    {
        int columns = _model.Names.Length;
        HighsNative.Check(HighsNative.SetDoubleOption(highs, "time_limit", Math.Max(0.05, seconds)), "time_limit");
        HighsNative.Check(HighsNative.SetDoubleOption(highs, "mip_rel_gap", relativeGap), "mip_rel_gap");
        HighsNative.Check(HighsNative.SetDoubleOption(highs, "mip_abs_gap", absoluteGap), "mip_abs_gap");
        // Set on every solve, to their defaults where unused: options stay with the instance from one solve to the next.
        HighsNative.Check(HighsNative.SetIntOption(highs, "mip_max_nodes", rootNodeOnly ? 1 : int.MaxValue), "mip_max_nodes");
        HighsNative.Check(
            HighsNative.SetDoubleOption(highs, "objective_target", double.IsFinite(stopAt) ? stopAt - _model.ObjectiveOffset : double.NegativeInfinity),
            "objective_target");

        HighsNative.Check(HighsNative.Run(highs), "to run");
        HighsNative.Check(HighsNative.IntInfo(highs, "primal_solution_status", out int solutionStatus), "primal_solution_status");
        bool hasInteger = _model.Integer.Any(integer => integer);
        double bound = double.NegativeInfinity;
        bool optimal = HighsNative.ModelStatus(highs) == HighsNative.ModelOptimal;
        if (hasInteger)
        {
            HighsNative.Check(HighsNative.DoubleInfo(highs, "mip_dual_bound", out bound), "mip_dual_bound");
        }

        if (solutionStatus != HighsNative.SolutionFeasible)
        {
            return MipResult.Nothing with { Bound = bound };
        }

        double[] values = new double[columns];
        HighsNative.Check(HighsNative.Solution(highs, values, new double[columns], new double[_model.RowLower.Length], new double[_model.RowLower.Length]), "the solution");
        HighsNative.Check(HighsNative.DoubleInfo(highs, "objective_function_value", out double objective), "objective_function_value");
        return new MipResult(values, objective, hasInteger ? bound : optimal ? objective : double.NegativeInfinity, optimal);
    }
}
