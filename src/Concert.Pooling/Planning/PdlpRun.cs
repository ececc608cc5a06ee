using System.Globalization;
using Google.OrTools.Sat;
using Google.Protobuf.Collections;
using MathModel = Google.OrTools.ModelBuilder.Model;
using ModelSolverHelper = Google.OrTools.ModelBuilder.ModelSolverHelper;

namespace Concert.Pooling.Planning;

/// <summary>The LP relaxation of a linear CP-SAT model by PDLP, the first-order LP solver OR-Tools ships, with the
/// bound read from its duals by <see cref="LagrangianBound"/>.</summary>
/// <remarks>Why PDLP: on the largest tier (B3: 16,000–32,000 variables) the cost phase's LP is out of reach of the
/// simplex solvers in the time (SCIP does not finish its root LP in 30 s, GLOP not in 2 minutes at a load of 20),
/// where PDLP's matrix–vector iterations reach a relative accuracy of 1e-4 within seconds (B3 seed 1: 8,768
/// iterations, 8 s of processor time at a load of 22). Its duals at that accuracy are not exactly feasible, which is
/// why the bound is the Lagrangian one at those duals, not PDLP's objective.</remarks>
internal static class PdlpRun
{
    /// <summary>PDLP's stopping rule: relative and absolute accuracy of 1e-4 is enough for a bound within a fraction of
    /// a per cent (B3 seed 1: Lagrangian bound 1,784,385 against PDLP's objective 1,784,922).</summary>
    private const string Accuracy = "termination_criteria { simple_optimality_criteria { eps_optimal_relative: 1e-4 eps_optimal_absolute: 1e-4 } }";

    /// <summary>Solves the LP relaxation of <paramref name="model"/> (plain linear constraints, minimised) for at most
    /// <paramref name="seconds"/> on <paramref name="threads"/> threads.</summary>
    public static LpRelaxation Solve(CpModelProto model, double seconds, int threads)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lp = new MathModel();
        var variables = new Google.OrTools.ModelBuilder.Variable[model.Variables.Count];
        for (int index = 0; index < variables.Length; index++)
        {
            var domain = model.Variables[index].Domain;
            variables[index] = lp.NewNumVar(domain[0], domain[^1], model.Variables[index].Name);
        }

        var rows = new Google.OrTools.ModelBuilder.LinearConstraint[model.Constraints.Count];
        for (int row = 0; row < rows.Length; row++)
        {
            LinearConstraintProto linear = model.Constraints[row].Linear
                ?? throw new InvalidOperationException($"Only linear constraints have an LP relaxation, not {model.Constraints[row].ConstraintCase}.");
            rows[row] = lp.AddLinearConstraint(Sum(variables, linear.Vars, linear.Coeffs), ProtoTerms.Finite(linear.Domain[0]), ProtoTerms.Finite(linear.Domain[^1]));
        }

        lp.Minimize(Sum(variables, model.Objective.Vars, model.Objective.Coeffs));
        lp.ObjectiveOffset = model.Objective.Offset;

        // The helper rather than ModelBuilder's Solver, which refuses duals unless PDLP converged: PDLP answers its last
        // iterate either way, and the bound holds for any multipliers.
        using var solver = new ModelSolverHelper("pdlp");
        solver.SetTimeLimitInSeconds(Math.Max(0.05, seconds));
        solver.SetSolverSpecificParameters(string.Create(CultureInfo.InvariantCulture, $"num_threads: {Math.Max(1, threads)} {Accuracy}"));
        solver.Solve(lp.Helper);
        if (!solver.HasResponse())
        {
            return new LpRelaxation([], double.NegativeInfinity);
        }

        double[] duals = [.. rows.Select(row => solver.DualValue(row.Index))];
        double[] values = [.. variables.Select(variable => solver.VariableValue(variable.Index))];
        bool answered = values.All(double.IsFinite) && duals.All(double.IsFinite);
        return answered ? new LpRelaxation(values, LagrangianBound.Of(model, duals)) : new LpRelaxation([], double.NegativeInfinity);
    }

    private static Google.OrTools.ModelBuilder.LinearExprBuilder Sum(
        Google.OrTools.ModelBuilder.Variable[] variables, RepeatedField<int> references, RepeatedField<long> coefficients)
    {
        var sum = Google.OrTools.ModelBuilder.LinearExpr.NewBuilder();
        foreach ((int index, long coefficient) in ProtoTerms.Of(references, coefficients))
        {
            sum.AddTerm(variables[index], coefficient);
        }

        return sum;
    }
}
