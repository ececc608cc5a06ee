using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Solves one phase's model with CP-SAT (the options' workers) and, unless the options say otherwise, SCIP on
/// the same model, in turns: each turn starts from the best solution so far and runs only while nothing is proven.
/// The answer is the best solution with the highest bound of all turns.</summary>
/// <remarks>Neither solver wins everywhere (measured 2026-11-28, see docs/pooling.md): the coverage phase's LP is
/// nearly integral and SCIP proves it in 0.1–0.5 s on B0–B2 and 5–7 s on B3, where CP-SAT needs seconds on B2 and
/// stays 7 % off on B3 after 30 s; in the cost phase CP-SAT proves the small tiers within about 3 s while SCIP
/// closes B2's transit gap where CP-SAT stalls at its LP bound, and CP-SAT's neighbourhood search then polishes
/// SCIP's plan. In turns, not at once: on two cores a SCIP thread racing eight CP-SAT threads gets a ninth of the
/// processor and found nothing in time.</remarks>
internal static class PhaseSolver
{
    /// <summary>The cost phase's first CP-SAT turn: long enough for CP-SAT to prove the small tiers.</summary>
    private const double QuickCpSatSeconds = 3;

    private enum Engine
    {
        CpSat,
        Scip,
    }

    /// <summary>SCIP for half the time, then CP-SAT: for the coverage phase.</summary>
    public static SolveOutcome ScipThenCpSat(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap) =>
        InTurns(model, options, seconds, absoluteGap, [(Engine.Scip, 0.5, double.PositiveInfinity), (Engine.CpSat, 1, double.PositiveInfinity)]);

    /// <summary>CP-SAT for a third of the time up to <see cref="QuickCpSatSeconds"/>, SCIP for half the rest, CP-SAT
    /// for the remainder: for the cost phase (and the priced objective).</summary>
    public static SolveOutcome CpSatThenScip(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap) =>
        InTurns(
            model,
            options,
            seconds,
            absoluteGap,
            [(Engine.CpSat, 1.0 / 3, QuickCpSatSeconds), (Engine.Scip, 0.5, double.PositiveInfinity), (Engine.CpSat, 1, double.PositiveInfinity)]);

    /// <summary>Runs the turns, each for its share of the time left (at most its cap).</summary>
    private static SolveOutcome InTurns(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, (Engine Engine, double Share, double Cap)[] turns)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UseScip)
        {
            return options.UseCpSat
                ? CpSat(model, options, seconds, absoluteGap)
                : throw new ArgumentException("A plan needs CP-SAT or SCIP; both are off.", nameof(options));
        }

        if (!options.UseCpSat)
        {
            return Scip(model, options, seconds, absoluteGap);
        }

        var clock = Stopwatch.StartNew();
        SolveOutcome best = SolveOutcome.Nothing;
        foreach ((Engine engine, double share, double cap) in turns)
        {
            double slice = Math.Min(cap, (seconds - clock.Elapsed.TotalSeconds) * share);
            SolveOutcome turn = engine == Engine.Scip
                ? Scip(model, options, slice, absoluteGap)
                : CpSat(model, options, slice, absoluteGap);
            best = best.Merge(turn);
            if (best.Proven)
            {
                return best;
            }

            if (best.HasSolution)
            {
                model.Hint(best.Values);
            }
        }

        return best;
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
