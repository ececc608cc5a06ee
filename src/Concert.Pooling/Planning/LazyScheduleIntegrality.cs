using System.Diagnostics;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Closes the gap a deployment relaxation leaves by lazy integrality: after the relaxation (only the
/// deployments integer), the schedule variables it leaves fractional — widened by a <see cref="ScheduleWidening"/> —
/// are made integer too and SCIP solves again, until the solution's schedule is whole, the bound meets the best plan,
/// or the time is up.</summary>
/// <remarks>
/// <para>Why: where requirements, groups and projects form a cycle, the relaxation covers a few requirement-weeks with
/// fractions of units (B1 seed 1: 19 of its 752 schedule values; seed 4: 54 of 920), so its bound stays below the
/// optimum; with the whole schedule integer it is the optimum but several times slower to prove (docs/pooling.md,
/// sixth session, h62). Making integer only what the relaxation splits keeps SCIP's search to those few variables:
/// with every schedule variable of each group in a project that holds a fractional one
/// (<see cref="ScheduleWidening.GroupsInProject"/>), B1 seed 1's optimum in one step of 2.5 s of processor time
/// (docs/pooling.md, seventh session, h72), 1.3–1.5 s without SCIP's restarts (eighth session, h83).</para>
/// <para>Every solve keeps a subset of the model's integrality constraints, so each bound is a bound of the model; the
/// answer is the highest. Every solve starts from the best plan (the hint, which SCIP tries as its first incumbent,
/// so that it prunes every node that cannot beat it). Each objective is whole at every solution of the model (whole coefficients,
/// whole values), so bounds round up.</para>
/// </remarks>
internal static class LazyScheduleIntegrality
{
    /// <summary>How far from a whole number a schedule value counts as fractional: above SCIP's integrality tolerance
    /// (1e-6), so an integer variable is never taken for a fractional one.</summary>
    private const double FractionalAbove = 1e-5;

    /// <summary>The absolute gap at which a solve stops at the least: every solution's objective is whole, so a bound
    /// less than a unit below the best solution proves it (with the best plan as incumbent, SCIP stops as soon as its
    /// bound passes a unit below the plan, rather than proving the relaxation's own optimum).</summary>
    private const double WholeGap = 1 - (2 * WholeBound.Margin);

    /// <summary>SCIP's rounds of cutting planes at the root of each step (none in the tree): with part of the schedule
    /// integer, a few rounds pay where the first relaxation's do not (B1 seed 1's step: 1.95–2.02 s of processor time with
    /// 3 rounds, 1.98–2.08 with 1, 3.7–4.5 with 10, 2.7–3.2 with none; docs/pooling.md, seventh session; without
    /// restarts, 1.3–1.5 s with 3 rounds, 2.3–2.4 with 1, 2.7 with 5, 3.7 with none, eighth session).</summary>
    private const int StepRootCutRounds = 3;

    /// <summary>Whether SCIP restarts a step after its root's fixings (<see cref="MipRun.RestartAfterRootFixings"/>): not,
    /// as the step's root fixes a few dozen deployments and SCIP restarted twice, presolving and cutting the root again,
    /// where going on with the tree is cheaper (B1 seed 1's step: 1.28–1.55 s of processor time against 1.89–2.24 s;
    /// seed 4's step 24.7 s either way; docs/pooling.md, eighth session, h83).</summary>
    private const bool StepRestartsAfterRootFixings = false;

    /// <summary>The least time worth a solve.</summary>
    private const double LeastSolveSeconds = 0.05;

    /// <summary>Refines a relaxation SCIP has solved once with the deployments integer
    /// (<see cref="CpSatPoolingModel.DeploymentVariables"/>).</summary>
    /// <param name="model">The pooling model: its schedule variables (<see cref="CpSatPoolingModel.ScheduleVariables"/>).</param>
    /// <param name="relaxation">The model the relaxation solves (the variables of <paramref name="model"/>, by index;
    /// its objective whole at every whole solution).</param>
    /// <param name="values">The first relaxation's solution, by variable index.</param>
    /// <param name="bound">The first relaxation's bound.</param>
    /// <param name="plan">The best plan (every variable by index): each solve's hint.</param>
    /// <param name="provenAt">A bound at which the best plan is proven: the loop stops there.</param>
    /// <param name="widening">Which schedule variables become integer around a fractional one.</param>
    /// <param name="seconds">The time for all solves.</param>
    /// <param name="relativeGap">Each solve's relative gap limit.</param>
    /// <param name="absoluteGap">Each solve's absolute gap limit.</param>
    /// <param name="engine">The solver of each step.</param>
    public static RefinedRelaxation Refine(
        CpSatPoolingModel model,
        CpModelProto relaxation,
        IReadOnlyList<double> values,
        double bound,
        IReadOnlyList<long> plan,
        double provenAt,
        ScheduleWidening widening,
        double seconds,
        double relativeGap,
        double absoluteGap,
        MipEngine engine = MipEngine.Scip)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(relaxation);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ScheduleVariable> schedule = model.ScheduleVariables;
        CpModelProto hinted = relaxation.Clone();
        hinted.SolutionHint = plan.Count > 0 ? CpSatPoolingModel.Assignment(plan) : null;
        var integer = new HashSet<int>(model.DeploymentVariables);
        double best = WholeBound.RoundUp(bound);
        var steps = new List<RefinementStep>();
        // A first relaxation stopped short of its optimum left an incumbent, not the relaxation's split: nothing to refine.
        List<ScheduleVariable>? fractional = Finished(hinted, values, best, relativeGap, absoluteGap) ? Fractional(schedule, values) : null;
        while (fractional is { Count: > 0 } && best < provenAt && seconds - clock.Elapsed.TotalSeconds >= LeastSolveSeconds)
        {
            int before = integer.Count;
            integer.UnionWith(Widened(schedule, fractional, widening));
            if (integer.Count == before)
            {
                break;
            }

            using var run = new MipRun(hinted, integer, engine) { RelaxationRootCutRounds = StepRootCutRounds, RestartAfterRootFixings = StepRestartsAfterRootFixings };
            double stepBound = WholeBound.RoundUp(run.Solve(seconds - clock.Elapsed.TotalSeconds, relativeGap, Math.Max(absoluteGap, WholeGap)).Bound);
            best = Math.Max(best, stepBound);
            if (!Finished(hinted, run.RelaxationValues, stepBound, relativeGap, Math.Max(absoluteGap, WholeGap)))
            {
                steps.Add(new RefinementStep(integer.Count, null, stepBound, clock.Elapsed));
                break;
            }

            values = run.RelaxationValues;
            fractional = Fractional(schedule, values);
            steps.Add(new RefinementStep(integer.Count, fractional.Count, stepBound, clock.Elapsed));
        }

        return new RefinedRelaxation(best, values, fractional is { Count: 0 }, steps);
    }

    /// <summary>The schedule variables <paramref name="values"/> leaves fractional.</summary>
    public static List<ScheduleVariable> Fractional(IReadOnlyList<ScheduleVariable> schedule, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(values);
        return [.. schedule.Where(variable => Math.Abs(values[variable.Index] - Math.Round(values[variable.Index])) > FractionalAbove)];
    }

    /// <summary>Whether a solve's <paramref name="values"/> are within its gap limits of its (whole) bound: it ended at its
    /// optimum or gap rather than at its time limit.</summary>
    private static bool Finished(CpModelProto relaxation, IReadOnlyList<double> values, double bound, double relativeGap, double absoluteGap) =>
        values.Count > 0 && ProtoTerms.ObjectiveAt(relaxation, values) <= bound + WholeBound.Margin + Tolerance(relativeGap, absoluteGap, bound);

    /// <summary>The schedule variables (by index) that <paramref name="widening"/> makes integer around the
    /// <paramref name="fractional"/> ones.</summary>
    public static IEnumerable<int> Widened(IReadOnlyList<ScheduleVariable> schedule, IReadOnlyCollection<ScheduleVariable> fractional, ScheduleWidening widening)
    {
        switch (widening)
        {
            case ScheduleWidening.GroupsInProject:
                var groups = fractional.Select(variable => (variable.Group, variable.Project)).ToHashSet();
                return schedule.Where(variable => groups.Contains((variable.Group, variable.Project))).Select(variable => variable.Index);
            case ScheduleWidening.AreaWeeks:
                var cells = fractional.Select(variable => (variable.Area, variable.Week)).ToHashSet();
                return schedule.Where(variable => cells.Contains((variable.Area, variable.Week))).Select(variable => variable.Index);
            default:
                return fractional.Select(variable => variable.Index);
        }
    }

    private static double Tolerance(double relativeGap, double absoluteGap, double bound) =>
        Math.Max(absoluteGap, relativeGap * Math.Abs(bound));
}
