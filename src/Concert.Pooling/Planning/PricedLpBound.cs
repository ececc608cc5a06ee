using System.Diagnostics;
using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>A lower bound on the priced objective (asset cost + priced shortfall, <see cref="PlanningPriority.PricedShortfall"/>)
/// of a problem from the LP relaxation of the planner's model, and a plan from the same LP without a search: for the
/// coalitions a fairness analysis's budget leaves no solver turn.</summary>
/// <remarks>
/// <para>Why: it takes a fifth of a turn of SCIP stopped at its root node and comes as close
/// to the optimum (shapley6 seed 1, every coalition: within 0.0–0.4 %, 0.01–0.15 s each), where the only other bound
/// such a coalition has, a super-coalition's, can be half its value.</para>
/// <para>The LP is HiGHS's (<see cref="MipRun"/> with no integer variable; its simplex solves these LPs in half to a
/// third of SCIP's time, shapley6 seed 1's coalitions of five and six: 0.02–0.05 s of processor time against
/// 0.05–0.12 s, docs/pooling.md, sixth session) on the model the planner solves, symmetry breaking included (it keeps
/// an optimal plan of every class, so the LP still bounds the optimum). Every plan's objective is a whole number of
/// k€, so the LP optimum is rounded up, less a relative 1e-6 against floating-point error.</para>
/// <para>The plan (<see cref="WithRoundedPlan"/>): the LP's deployments rounded up and the schedule that makes the most
/// of them (<see cref="CpSatPoolingModel.WithDeploymentsOf"/>, SCIP in a few hundredths of a second). On shapley6 seed 1's
/// coalitions it is 0.1–1.2 % above the optimum for 0.03–0.12 s of processor time in all, where the greedy plan such a
/// coalition had is 5–30 % above and a root-node turn, 0.2–0.5 % above, takes 0.07–0.5 s (docs/pooling.md, eighth
/// session, h82).</para>
/// </remarks>
internal static class PricedLpBound
{
    /// <summary>How far below a whole number an LP deployment is still rounded down: a rounding error, not a unit.</summary>
    private const double RoundingTolerance = 0.05;

    /// <summary>The bound, or negative infinity when the LP did not finish within <paramref name="seconds"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Its shortfall price (null for the problem's automatic one) and symmetry breaking.</param>
    /// <param name="seconds">The most the LP may take.</param>
    public static double Of(PoolingProblem problem, PlannerOptions options, double seconds) =>
        Solve(problem, options, seconds, withPlan: false).Bound;

    /// <summary>The bound, as <see cref="Of"/>, and the plan of the LP's deployments rounded up (null when the LP did not
    /// finish, or the schedule found nothing in the time left).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Its shortfall price (null for the problem's automatic one) and symmetry breaking.</param>
    /// <param name="seconds">The most the LP and the schedule may take together.</param>
    public static (double Bound, PoolingPlan? Plan) WithRoundedPlan(PoolingProblem problem, PlannerOptions options, double seconds) =>
        Solve(problem, options, seconds, withPlan: true);

    private static (double Bound, PoolingPlan? Plan) Solve(PoolingProblem problem, PlannerOptions options, double seconds, bool withPlan)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var index = new PlanningIndex(problem, options.ShortfallPricePerRiskUnitWeek);
        var model = new CpSatPoolingModel(index, options.BreakSymmetry);
        model.MinimizePricedObjective();
        using var lp = new MipRun(model.Model.Model, integerVariables: new HashSet<int>(), MipEngine.Highs);
        double bound = lp.Solve(seconds, relativeGap: 0, absoluteGap: 0).Bound;
        if (double.IsNegativeInfinity(bound))
        {
            return (bound, null);
        }

        bound = Math.Ceiling(bound - (1e-6 * Math.Max(1, Math.Abs(bound))));
        double left = seconds - clock.Elapsed.TotalSeconds;
        if (!withPlan || lp.RelaxationValues.Count == 0 || left <= 0)
        {
            return (bound, null);
        }

        double[] roundedUp = [.. lp.RelaxationValues];
        foreach (int deployment in model.DeploymentVariables)
        {
            roundedUp[deployment] = Math.Ceiling(roundedUp[deployment] - RoundingTolerance);
        }

        using var schedule = new MipRun(model.WithDeploymentsOf(roundedUp));
        SolveOutcome plan = schedule.Solve(left, options.RelativeGapTolerance, absoluteGap: 0);
        return plan.HasSolution
            ? (bound, PlanEvaluator.Evaluate(index, model.Read(plan.Values), PlanSolveStatus.Heuristic, bound: null, clock.Elapsed, options))
            : (bound, null);
    }
}
