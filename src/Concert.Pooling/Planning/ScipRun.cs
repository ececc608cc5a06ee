using System.Globalization;
using Google.OrTools.LinearSolver;
using Google.Protobuf.Collections;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>One phase's CP-SAT model solved as a mixed-integer programme by SCIP, the branch-and-cut solver OR-Tools
/// ships: the same integer variables (by index), linear constraints, objective and hint, so its solutions and bounds
/// are the CP-SAT model's.</summary>
/// <remarks>Why beside CP-SAT: the coverage phase's LP is nearly integral and SCIP's cuts close the transit gap of the
/// cost phase, where CP-SAT's portfolio stalls at its LP bound (measured 2026-11-28: B3 seed 1 coverage proven in
/// 5 s where CP-SAT stood at 651 against a bound of 608 after 30 s; B2 seed 1 cost within 0.2 % in 30 s where CP-SAT
/// was 30 % off). CP-SAT stays faster on the small tiers, so the planner uses both (<see cref="PhaseSolver"/>). Every constraint of
/// <see cref="CpSatPoolingModel"/> is linear; any other kind is a programming error.</remarks>
internal sealed class ScipRun : IDisposable
{
    private readonly Solver _solver;
    private readonly Variable[] _variables;
    private readonly double _objectiveOffset;
    private readonly (int Variable, long Coefficient)[] _objectiveTerms;
    private readonly bool _relaxation;

    /// <param name="model">A CP-SAT model whose constraints are all linear, minimised.</param>
    /// <param name="integerVariables">The variables (by index) kept integer, or null for all: with only some, SCIP
    /// solves a relaxation, whose bound holds for the model but whose values need not be whole numbers.</param>
    public ScipRun(CpModelProto model, IReadOnlySet<int>? integerVariables = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is missing from this OR-Tools build.");
        _variables = new Variable[model.Variables.Count];
        _relaxation = integerVariables is not null && integerVariables.Count < _variables.Length;
        for (int index = 0; index < _variables.Length; index++)
        {
            var domain = model.Variables[index].Domain;
            string name = model.Variables[index].Name;
            _variables[index] = integerVariables is null || integerVariables.Contains(index)
                ? _solver.MakeIntVar(domain[0], domain[^1], name)
                : _solver.MakeNumVar(domain[0], domain[^1], name);
        }

        foreach (ConstraintProto constraint in model.Constraints)
        {
            if (constraint.ConstraintCase != ConstraintProto.ConstraintOneofCase.Linear || constraint.EnforcementLiteral.Count > 0)
            {
                throw new InvalidOperationException($"Only plain linear constraints translate to a MIP, not {constraint.ConstraintCase}.");
            }

            LinearConstraintProto linear = constraint.Linear;
            Google.OrTools.LinearSolver.Constraint row = _solver.MakeConstraint(ProtoTerms.Finite(linear.Domain[0]), ProtoTerms.Finite(linear.Domain[^1]));
            AddTerms(linear.Vars, linear.Coeffs, row.GetCoefficient, row.SetCoefficient);
        }

        if (model.Objective.ScalingFactor is not (0 or 1))
        {
            throw new InvalidOperationException("Only a minimised objective translates.");
        }

        Objective objective = _solver.Objective();
        AddTerms(model.Objective.Vars, model.Objective.Coeffs, objective.GetCoefficient, objective.SetCoefficient);
        objective.SetMinimization();
        _objectiveOffset = model.Objective.Offset;
        _objectiveTerms = [.. ProtoTerms.Of(model.Objective.Vars, model.Objective.Coeffs)];

        if (model.SolutionHint is { } hint && hint.Vars.Count > 0)
        {
            _solver.SetHint([.. hint.Vars.Select(index => _variables[index])], [.. hint.Values.Select(value => (double)value)]);
        }
    }

    /// <summary>A relaxation's best solution after <see cref="Solve"/>: the value of every variable by index, whole
    /// numbers for the integer ones only; empty when it found none (and for a model solved whole).</summary>
    public IReadOnlyList<double> RelaxationValues { get; private set; } = [];

    /// <summary>Solves within <paramref name="seconds"/>, stopping at either gap limit (0 for none). A relaxation
    /// answers its bound alone (its optimum when proven), its values in <see cref="RelaxationValues"/>: they are no
    /// plan.</summary>
    /// <remarks>A relaxation is solved without cutting planes: with only the deployments integer its root LP is
    /// already close, and SCIP's cut rounds cost more LP iterations than the few nodes they save (B0 seed 5: 1.5 s of
    /// processor time and 2 nodes with cuts, 0.31 s and 12 nodes without; B1 seed 4: 8.6 s against 3.3 s; measured
    /// 2026-11-28, docs/pooling.md). The whole model keeps them: there they close the transit gap.</remarks>
    /// <param name="seconds">The time limit.</param>
    /// <param name="relativeGap">Stop at this relative gap.</param>
    /// <param name="absoluteGap">Stop at this absolute gap.</param>
    /// <param name="stopAt">Stop at a solution this good: where another solver's bound proves it (negative infinity
    /// for no such stop).</param>
    /// <param name="rootNodeOnly">Whether SCIP stops after its root node, without cutting planes
    /// (<see cref="PlannerOptions.ScipRootNodeOnly"/>): the LP's bound and the plans of its root heuristics.</param>
    public SolveOutcome Solve(
        double seconds, double relativeGap, double absoluteGap, double stopAt = double.NegativeInfinity, bool rootNodeOnly = false)
    {
        _solver.SetTimeLimit((long)Math.Max(50, seconds * 1000));
        string parameters = string.Create(CultureInfo.InvariantCulture, $"limits/absgap = {absoluteGap:R}\n")
            + (_relaxation ? "separating/maxroundsroot = 0\nseparating/maxrounds = 0\n" : string.Empty)
            + (rootNodeOnly ? "limits/nodes = 1\nseparating/maxroundsroot = 0\n" : string.Empty)
            + (double.IsFinite(stopAt) ? string.Create(CultureInfo.InvariantCulture, $"limits/primal = {stopAt - _objectiveOffset:R}\n") : string.Empty);
        if (!_solver.SetSolverSpecificParametersAsString(parameters))
        {
            throw new InvalidOperationException("SCIP refused its gap, cut or node limit parameters.");
        }

        using var gap = new MPSolverParameters();
        gap.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        Solver.ResultStatus status = _solver.Solve(gap);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return SolveOutcome.Nothing;
        }

        double objective = _solver.Objective().Value() + _objectiveOffset;
        double bound = _solver.Objective().BestBound() + _objectiveOffset;
        bool optimal = status == Solver.ResultStatus.OPTIMAL;
        if (_relaxation)
        {
            RelaxationValues = [.. _variables.Select(variable => variable.SolutionValue())];
            return SolveOutcome.Nothing with { Bound = optimal ? Math.Min(bound, objective) : bound };
        }

        // Every variable is integer and every coefficient too, so rounding SCIP's values within its integrality
        // tolerance gives an exactly feasible solution, and its objective is exact in whole numbers (SCIP's own value
        // is off by its floating-point error, enough to miss a bound it meets).
        long[] values = [.. _variables.Select(variable => (long)Math.Round(variable.SolutionValue()))];
        double exact = _objectiveOffset + _objectiveTerms.Sum(term => term.Coefficient * values[term.Variable]);
        return new SolveOutcome(values, exact, optimal ? Math.Min(bound, exact) : bound, optimal);
    }

    public void Dispose() => _solver.Dispose();

    private void AddTerms(RepeatedField<int> references, RepeatedField<long> coefficients, Func<Variable, double> get, Action<Variable, double> set)
    {
        foreach ((int index, long coefficient) in ProtoTerms.Of(references, coefficients))
        {
            Variable variable = _variables[index];
            set(variable, get(variable) + coefficient);
        }
    }
}
