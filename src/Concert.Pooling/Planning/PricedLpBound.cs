using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>A lower bound on the priced objective (asset cost + priced shortfall, <see cref="PlanningPriority.PricedShortfall"/>)
/// of a problem from the LP relaxation of the planner's model, without a plan: for the coalitions a fairness analysis's
/// budget leaves no solver turn.</summary>
/// <remarks>
/// <para>Why: it takes a fifth of a root-node turn (<see cref="PlannerOptions.ScipRootNodeOnly"/>) and comes as close
/// to the optimum (shapley6 seed 1, every coalition: within 0.0–0.4 %, 0.01–0.15 s each), where the only other bound
/// such a coalition has, a super-coalition's, can be half its value.</para>
/// <para>The LP is SCIP's (<see cref="MipRun"/> with no integer variable) on the model the planner solves, symmetry
/// breaking included (it keeps an optimal plan of every class, so the LP still bounds the optimum). Every plan's
/// objective is a whole number of k€, so the LP optimum is rounded up, less a relative 1e-6 against floating-point
/// error.</para>
/// </remarks>
internal static class PricedLpBound
{
    /// <summary>The bound, or negative infinity when the LP did not finish within <paramref name="seconds"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Its shortfall price (null for the problem's automatic one) and symmetry breaking.</param>
    /// <param name="seconds">The most the LP may take.</param>
    public static double Of(PoolingProblem problem, PlannerOptions options, double seconds)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var model = new CpSatPoolingModel(new PlanningIndex(problem, options.ShortfallPricePerRiskUnitWeek), options.BreakSymmetry);
        model.MinimizePricedObjective();
        using var lp = new MipRun(model.Model.Model, integerVariables: new HashSet<int>());
        double bound = lp.Solve(seconds, relativeGap: 0, absoluteGap: 0).Bound;
        return double.IsNegativeInfinity(bound) ? bound : Math.Ceiling(bound - (1e-6 * Math.Max(1, Math.Abs(bound))));
    }
}
