using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Solves one phase's model with CP-SAT (the options' workers) and, unless the options say otherwise, SCIP on
/// the same model, one after the other: the second starts from the first's best solution and runs only when the
/// first has not proven it. The answer is the better solution with the higher of the two bounds.</summary>
/// <remarks>Neither solver wins everywhere (measured 2026-11-28, see docs/pooling.md): the coverage phase's LP is
/// nearly integral and SCIP proves it in 0.1–0.5 s on B0–B2 and 5–7 s on B3, where CP-SAT needs seconds on B2 and
/// stays 7 % off on B3 after 30 s; in the cost phase CP-SAT proves the small tiers in a fraction of SCIP's time while
/// SCIP closes B2's transit gap where CP-SAT stalls at its LP bound. One after the other, not at once: on two cores
/// a SCIP thread racing eight CP-SAT threads gets a ninth of the processor and found nothing in time.</remarks>
internal static class PhaseSolver
{
    /// <summary>SCIP for half the time, then CP-SAT: for the coverage phase.</summary>
    public static SolveOutcome ScipThenCpSat(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap) =>
        Sequence(model, options, seconds, absoluteGap, scipFirst: true, firstShare: 0.5);

    /// <summary>CP-SAT for a third of the time, then SCIP: for the cost phase (and the priced objective).</summary>
    public static SolveOutcome CpSatThenScip(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap) =>
        Sequence(model, options, seconds, absoluteGap, scipFirst: false, firstShare: 1.0 / 3);

    private static SolveOutcome Sequence(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, bool scipFirst, double firstShare)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UseScip)
        {
            return CpSat(model, options, seconds, absoluteGap);
        }

        var clock = Stopwatch.StartNew();
        SolveOutcome first = scipFirst
            ? Scip(model, options, seconds * firstShare, absoluteGap)
            : CpSat(model, options, seconds * firstShare, absoluteGap);
        if (first.Proven)
        {
            return first;
        }

        if (first.HasSolution)
        {
            model.Hint(first.Values);
        }

        double rest = seconds - clock.Elapsed.TotalSeconds;
        SolveOutcome second = scipFirst
            ? CpSat(model, options, rest, absoluteGap)
            : Scip(model, options, rest, absoluteGap);
        return first.Merge(second);
    }

    private static SolveOutcome Scip(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap)
    {
        using var scip = new ScipRun(model.Model.Model);
        return scip.Solve(Math.Max(0.05, seconds), options.RelativeGapTolerance, absoluteGap);
    }

    private static SolveOutcome CpSat(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap)
    {
        string gaps = absoluteGap > 0
            ? string.Create(CultureInfo.InvariantCulture, $"absolute_gap_limit:{absoluteGap:0.###},relative_gap_limit:0")
            : string.Create(CultureInfo.InvariantCulture, $"relative_gap_limit:{options.RelativeGapTolerance:R}");
        using var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"num_workers:{options.Workers},max_time_in_seconds:{Math.Max(0.05, seconds):0.###},{gaps},random_seed:{options.RandomSeed}"),
        };
        CpSolverStatus status = solver.Solve(model.Model);

        // Soft coverage makes an all-zero schedule feasible, so infeasible or invalid means a modelling error.
        if (status is CpSolverStatus.Infeasible or CpSolverStatus.ModelInvalid)
        {
            throw new InvalidOperationException($"CP-SAT answered {status} on a model that is feasible by construction.");
        }

        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? new SolveOutcome([.. solver.Response!.Solution], solver.ObjectiveValue, solver.BestObjectiveBound, status == CpSolverStatus.Optimal)
            : SolveOutcome.Nothing with { Bound = solver.BestObjectiveBound };
    }
}
