using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Solves one phase's model with CP-SAT (the options' workers) and, unless the options say otherwise, the MIP
/// solvers (<see cref="MipRun"/>: SCIP and HiGHS) on the same model, in turns: each turn starts from the best solution
/// so far and runs only while nothing is proven. The answer is the best solution with the highest bound of all turns.</summary>
/// <remarks>No solver wins everywhere (measured 2026-11-28, see docs/pooling.md): the coverage phase's LP is nearly
/// integral and SCIP proves it in 0.1–0.5 s on B0–B2 and 5–7 s on B3, where CP-SAT needs seconds on B2 and stays 7 %
/// off on B3 after 30 s (HiGHS proves B2 seed 1's in a tenth of SCIP's time but B3 seed 1's in 4.6 times it, 14.9 s of
/// processor time against 3.2 s, so SCIP keeps the turn). In the cost phase SCIP's deployment relaxation without cuts
/// and the schedule of its deployments prove B0–B1 but two seeds at once, 2–5 times faster than HiGHS's relaxation on
/// B1 and the coalitions, and with the schedule variables it splits made integer (<see cref="LazyScheduleIntegrality"/>)
/// B1 seed 1 too (3.8–4.0 s of processor time for the whole plan, where CP-SAT had not proven it after 13 s); the whole
/// model's MIP turn, which closes B2's transit gap where CP-SAT stalls at its LP bound, stays SCIP's too: HiGHS's plans
/// there are better after 4 s of processor time or more, but SCIP's first good
/// plans come sooner (B2 seed 1: 197,336,382 after 0.7 s, HiGHS nothing better than 197,452,981 in 1.4 s), and the
/// turn gets a quarter of the time. CP-SAT's neighbourhood search then polishes the plan. HiGHS takes the coalition
/// plans' last turn (<see cref="MipFromDeploymentRelaxation"/>). In turns, not at once: on two cores a MIP thread
/// racing eight CP-SAT threads gets a ninth of the processor and found nothing in time.</remarks>
internal static class PhaseSolver
{
    /// <summary>The first CP-SAT turn of the priced objective and of the cost phase after SCIP's relaxation: long enough
    /// for CP-SAT to prove the small tiers where the relaxation is below the optimum (B1 seed 1: 1.1–2.2 s of processor
    /// time from the relaxation's plan).</summary>
    private const double QuickCpSatSeconds = 3;

    /// <summary>The share of the cost phase's time SCIP's deployment relaxation and its plan get first: half, as where
    /// it does not finish (B2 seeds 2–3) its bound and plan are still better than the whole model's turns reach in the
    /// same time (seed 2 after 40 s of processor time: 189,959 and 190,547 k€ of asset cost, where SCIP on the whole
    /// model had 189,632 and 191,475 after 20 s), and where it finishes it proves (B2 seed 1: 154,415 k€ in 16 s).</summary>
    private const double RelaxationShare = 0.5;

    /// <summary>The share of a coalition turn (<see cref="MipFromDeploymentRelaxation"/>) SCIP's deployment relaxation, its
    /// plan and the lazy steps get before HiGHS takes the whole model: nearly all, as the relaxation proves every coalition
    /// of shapley6 seed 1 and shapley8 seed 1 alone (its plan or the lazy steps meet its bound; 0.02–1.8 s of processor
    /// time each) and HiGHS none, while a relaxation cut at half the turn proves nothing and is lost when the turn is
    /// repeated (docs/pooling.md, eighth session, h82).</summary>
    private const double CoalitionRelaxationShare = 0.9;

    /// <summary>The least time the schedule with the relaxation's deployments gets, even when the relaxation used its
    /// whole slice: SCIP solves it in 0.01–0.05 s of processor time on B0–B1.</summary>
    private const double FixedScheduleSeconds = 0.5;

    /// <summary>Which schedule variables become integer where the deployment relaxation splits them: every one of a
    /// group in a project where one is fractional (B1 seed 1: the optimum's bound in one step, 2.5 s of processor time,
    /// where the fractional variables alone or the area-weeks around them took seven steps and 22–25 s).</summary>
    private const ScheduleWidening LazyWidening = ScheduleWidening.GroupsInProject;

    private enum Engine
    {
        CpSat,

        /// <summary>SCIP on the whole model (<see cref="MipEngine.Scip"/>).</summary>
        Scip,

        /// <summary>SCIP on the cost phase with only the deployments integer (<see cref="CpSatPoolingModel.CostWithRiskAtMost"/>):
        /// a bound, and as plan the schedule of its deployments (<see cref="CpSatPoolingModel.WithDeploymentsOf"/>), proven
        /// where it meets the bound; later turns stop at a plan that meets it.</summary>
        ScipDeploymentRelaxation,

        /// <summary>PDLP on the cost phase's LP (<see cref="PdlpRun"/>): a bound, no plan, and the LP's deployments for
        /// <see cref="WithinLpDeployments"/>.</summary>
        PdlpBound,

        /// <summary>A plan next to the LP (<see cref="LpDeploymentSearch"/>): within its values rounded both ways, else
        /// with no deployment above its own rounded up; CP-SAT on the whole model when there is no LP.</summary>
        WithinLpDeployments,
    }

    /// <summary>SCIP for half the time, then CP-SAT: for the coverage phase.</summary>
    public static SolveOutcome CoveragePhase(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap) =>
        InTurns(model, options, seconds, absoluteGap, [(Engine.Scip, 0.5, double.PositiveInfinity), (Engine.CpSat, 1, double.PositiveInfinity)]);

    /// <summary>CP-SAT for a third of the time up to <see cref="QuickCpSatSeconds"/>, SCIP for half the rest, CP-SAT
    /// for the remainder: for the priced objective. With the MIP solvers alone (the coalition plans):
    /// <see cref="MipFromDeploymentRelaxation"/>.</summary>
    public static SolveOutcome PricedObjective(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options is { UseScip: true, UseCpSat: false }
            ? MipFromDeploymentRelaxation(model, options, seconds, absoluteGap)
            : InTurns(
                model,
                options,
                seconds,
                absoluteGap,
                [(Engine.CpSat, 1.0 / 3, QuickCpSatSeconds), (Engine.Scip, 0.5, double.PositiveInfinity), (Engine.CpSat, 1, double.PositiveInfinity)]);
    }

    /// <summary>Whether <see cref="CostPhase"/> bounds the cost by PDLP's LP of the cost at risk at most its ceiling
    /// (<see cref="LargeCostPhase"/>: above <see cref="PlannerOptions.LpCostPhaseAboveVariables"/> variables, with both
    /// CP-SAT and the MIP solvers): a bound of the asset cost at any risk up to the ceiling, where the other turns' bounds
    /// are of the whole lexicographic objective.</summary>
    public static bool BoundsCostByLp(CpSatPoolingModel model, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        return options is { UseScip: true, UseCpSat: true } && IsLarge(model, options);
    }

    private static bool IsLarge(CpSatPoolingModel model, PlannerOptions options) => model.Model.Model.Variables.Count > options.LpCostPhaseAboveVariables;

    /// <summary>The cost phase (after <see cref="CpSatPoolingModel.MinimizeAssetCostAfterRisk"/> with
    /// <paramref name="riskFloor"/>; <paramref name="riskCeiling"/> is the risk a plan is known to leave, at least the
    /// least risk). Up to <see cref="PlannerOptions.LpCostPhaseAboveVariables"/> variables: SCIP's deployment relaxation
    /// and the schedule of its deployments for half the time (<see cref="RelaxationShare"/>), then as
    /// <see cref="PricedObjective"/> from that plan and against the relaxation's bound. Above: <see cref="LargeCostPhase"/>.</summary>
    public static SolveOutcome CostPhase(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, long riskFloor, long riskCeiling)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        return IsLarge(model, options)
            ? LargeCostPhase(model, options, seconds, absoluteGap, riskFloor, riskCeiling)
            : InTurns(
                model,
                options,
                seconds,
                absoluteGap,
                [
                    (Engine.ScipDeploymentRelaxation, RelaxationShare, double.PositiveInfinity),
                    (Engine.CpSat, 1.0 / 3, QuickCpSatSeconds),
                    (Engine.Scip, 0.5, double.PositiveInfinity),
                    (Engine.CpSat, 1, double.PositiveInfinity),
                ],
                riskFloor,
                riskCeiling);
    }

    /// <summary>The cost phase of a large model, planned from its LP: PDLP for up to 40 % of the time (it stops
    /// earlier once converged), then SCIP and CP-SAT next to the LP's values for the rest (<see cref="LpDeploymentSearch"/>).</summary>
    /// <remarks>A decomposition by the LP rather than by areas or groups: the LP is the bound (a bound of the whole
    /// model, read from PDLP's duals) and its values, rounded, are the plan's search space, so one PDLP run yields both.
    /// Re-solving one project at a time with the rest fixed (sixth session) stalls at a local optimum 3 % above the LP
    /// on B3 seed 2, where the LP's rounding holds plans 0.6 % above it (docs/pooling.md).</remarks>
    private static SolveOutcome LargeCostPhase(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, long riskFloor, long riskCeiling) =>
        InTurns(
            model,
            options,
            seconds,
            absoluteGap,
            [(Engine.PdlpBound, 0.4, double.PositiveInfinity), (Engine.WithinLpDeployments, 1, double.PositiveInfinity)],
            riskFloor,
            riskCeiling);

    /// <summary>Runs the turns, each for its share of the time left (at most its cap), until the best plan is
    /// within the gap tolerance of the best bound, whichever solvers found them.</summary>
    private static SolveOutcome InTurns(
        CpSatPoolingModel model,
        PlannerOptions options,
        double seconds,
        double absoluteGap,
        (Engine Engine, double Share, double Cap)[] turns,
        long riskFloor = 0,
        long riskCeiling = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UseScip)
        {
            return options.UseCpSat
                ? CpSat(model.Model, options, seconds, absoluteGap)
                : throw new ArgumentException("A plan needs CP-SAT or the MIP solvers; both are off.", nameof(options));
        }

        if (!options.UseCpSat)
        {
            return Mip(model, options, seconds, absoluteGap, MipEngine.Scip);
        }

        var clock = Stopwatch.StartNew();
        SolveOutcome best = SolveOutcome.Nothing;
        LpRelaxation? lp = null;
        foreach ((Engine engine, double share, double cap) in turns)
        {
            double slice = Math.Min(cap, (seconds - clock.Elapsed.TotalSeconds) * share);

            // A plan this good is proven by the bound of an earlier turn, so the solver stops there.
            double target = double.IsFinite(best.Bound) ? best.Bound + Tolerance(options, absoluteGap, best.Bound) : double.NegativeInfinity;
            SolveOutcome turn = engine switch
            {
                Engine.Scip => Mip(model, options, slice, absoluteGap, MipEngine.Scip, target),
                Engine.ScipDeploymentRelaxation => DeploymentRelaxation(model, options, slice, absoluteGap, riskFloor, riskCeiling),
                Engine.PdlpBound => LpBound(model, slice, riskFloor, riskCeiling, out lp),
                Engine.WithinLpDeployments when lp is { Values.Count: > 0 } => WithinLpDeployments(model, options, slice, lp, riskCeiling, target),
                _ => CpSat(model.Model, options, slice, absoluteGap, target),
            };
            best = best.Merge(turn);
            if (best.Proven || MeetsItsBound(best, options, absoluteGap))
            {
                return best with { Proven = true };
            }

            if (best.HasSolution)
            {
                model.Hint(best.Values);
            }
        }

        return best;
    }

    /// <summary>Whether the outcome's plan is within the gap tolerance of its bound, whichever solvers found them.</summary>
    private static bool MeetsItsBound(SolveOutcome outcome, PlannerOptions options, double absoluteGap) =>
        outcome.HasSolution && outcome.Objective - outcome.Bound <= Tolerance(options, absoluteGap, outcome.Objective);

    /// <summary>The gap at which a plan counts as proven: the absolute one when given, else the relative one.</summary>
    private static double Tolerance(PlannerOptions options, double absoluteGap, double objective) =>
        absoluteGap > 0 ? absoluteGap : options.RelativeGapTolerance * Math.Abs(objective);

    /// <summary>SCIP's bound on the cost phase from its deployment relaxation at risk at most
    /// <paramref name="riskCeiling"/>, in the cost phase's objective (<see cref="CostPhaseBound"/>), with the plan of the
    /// relaxation's deployments (<see cref="CpSatPoolingModel.WithDeploymentsOf"/>); where that plan does not meet the
    /// bound, the schedule variables the relaxation splits are made integer for the rest of the time
    /// (<see cref="LazyScheduleIntegrality"/>), and the plan of the last relaxation's deployments is solved again.</summary>
    private static SolveOutcome DeploymentRelaxation(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, long riskFloor, long riskCeiling)
    {
        var clock = Stopwatch.StartNew();
        CpModelProto relaxation = model.CostWithRiskAtMost(riskCeiling);
        using var scip = new MipRun(relaxation, model.DeploymentVariables);
        double leastCost = scip.Solve(Math.Max(0.05, seconds), options.RelativeGapTolerance, absoluteGap).Bound;
        SolveOutcome best = CostPhaseBound(model, riskFloor, leastCost);
        if (scip.RelaxationValues.Count == 0)
        {
            return best;
        }

        best = best.Merge(ScheduleOf(model, scip.RelaxationValues, options, Math.Max(FixedScheduleSeconds, seconds - clock.Elapsed.TotalSeconds), absoluteGap));
        if (!best.HasSolution || MeetsItsBound(best, options, absoluteGap))
        {
            return best;
        }

        // The relaxation's objective is the asset cost: the cost phase's less the weighted risk floor (CostPhaseBound).
        return Refined(
            model,
            relaxation,
            (double)model.RiskWeightInObjective * riskFloor,
            best,
            scip.RelaxationValues,
            leastCost,
            options,
            seconds - clock.Elapsed.TotalSeconds,
            absoluteGap,
            FixedScheduleSeconds);
    }

    /// <summary>The plan of a relaxation's deployments with a whole schedule (<see cref="CpSatPoolingModel.WithDeploymentsOf"/>):
    /// the relaxation's own plan where it is tight. No bound (fixing the deployments restricts the model) and not proven.</summary>
    private static SolveOutcome ScheduleOf(CpSatPoolingModel model, IReadOnlyList<double> relaxation, PlannerOptions options, double seconds, double absoluteGap)
    {
        using var schedule = new MipRun(model.WithDeploymentsOf(relaxation));
        SolveOutcome plan = schedule.Solve(seconds, options.RelativeGapTolerance, absoluteGap);
        return plan with { Bound = double.NegativeInfinity, Proven = false };
    }

    /// <summary>The priced objective by the MIP solvers alone: SCIP's deployment relaxation (without cutting planes) for
    /// up to <see cref="CoalitionRelaxationShare"/> of the time, the schedule of its deployments, and, unless that plan meets the
    /// relaxation's bound, HiGHS on the whole model from the better plan, stopping at one that meets it.</summary>
    /// <remarks>Why (the coalition plans, measured 2026-11-28, docs/pooling.md): the relaxation equals the optimum on
    /// the hardest coalitions of shapley6 seed 1, and without cuts takes a fraction of the whole model's 5–9 s proofs;
    /// where it is tight the schedule of its deployments meets it at once, as in the planner's cost phase. SCIP without
    /// cuts proves those relaxations 3–5 times faster than HiGHS (which has no switch for its cuts); on the whole model
    /// HiGHS reaches the relaxation's value sooner (sixth session, shapley6 seed 1's coalitions of five).</remarks>
    private static SolveOutcome MipFromDeploymentRelaxation(CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap)
    {
        ArgumentNullException.ThrowIfNull(model);
        var clock = Stopwatch.StartNew();
        SolveOutcome best;
        using (var relaxation = new MipRun(model.Model.Model, model.DeploymentVariables))
        {
            // Every plan's priced objective is whole, so the bound rounds up.
            double bound = relaxation.Solve(Math.Max(0.05, seconds * CoalitionRelaxationShare), options.RelativeGapTolerance, absoluteGap).Bound;
            best = SolveOutcome.Nothing with { Bound = WholeBound.RoundUp(bound) };
            if (relaxation.RelaxationValues.Count > 0)
            {
                best = best.Merge(ScheduleOf(model, relaxation.RelaxationValues, options, Math.Max(0.05, seconds - clock.Elapsed.TotalSeconds), absoluteGap));
                if (best.HasSolution && !MeetsItsBound(best, options, absoluteGap))
                {
                    best = Refined(
                        model, model.Model.Model, 0, best, relaxation.RelaxationValues, bound, options, (seconds * CoalitionRelaxationShare) - clock.Elapsed.TotalSeconds, absoluteGap, 0.05);
                }
            }
        }

        if (MeetsItsBound(best, options, absoluteGap))
        {
            return best with { Proven = true };
        }

        double target = double.IsFinite(best.Bound) ? best.Bound + Tolerance(options, absoluteGap, best.Bound) : double.NegativeInfinity;
        if (best.HasSolution && best.Objective < HintObjective(model))
        {
            model.Hint(best.Values);
        }

        best = best.Merge(Mip(model, options, seconds - clock.Elapsed.TotalSeconds, absoluteGap, MipEngine.Highs, target));
        return MeetsItsBound(best, options, absoluteGap) ? best with { Proven = true } : best;
    }

    /// <summary><see cref="LazyScheduleIntegrality"/> of a deployment relaxation for <paramref name="seconds"/> from the plan
    /// in <paramref name="best"/>: its bound, and the plan of the last relaxation's deployments where it still falls short.</summary>
    /// <param name="model">The model <paramref name="best"/> is a plan of.</param>
    /// <param name="relaxation">The relaxation's model: <paramref name="model"/>'s objective less <paramref name="offset"/>.</param>
    /// <param name="offset">What the relaxation's objective leaves out of the model's.</param>
    /// <param name="best">The best plan, and the bound so far in the model's objective.</param>
    /// <param name="values">The first relaxation's solution.</param>
    /// <param name="bound">The first relaxation's bound, in its own objective.</param>
    /// <param name="options">The gap tolerance.</param>
    /// <param name="seconds">The time for the refinement and the last plan.</param>
    /// <param name="absoluteGap">The absolute gap tolerance, 0 for the relative one.</param>
    /// <param name="leastScheduleSeconds">The least time the last plan gets.</param>
    private static SolveOutcome Refined(
        CpSatPoolingModel model,
        CpModelProto relaxation,
        double offset,
        SolveOutcome best,
        IReadOnlyList<double> values,
        double bound,
        PlannerOptions options,
        double seconds,
        double absoluteGap,
        double leastScheduleSeconds)
    {
        var clock = Stopwatch.StartNew();
        RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
            model,
            relaxation,
            values,
            bound,
            best.Values,
            best.Objective - Tolerance(options, absoluteGap, best.Objective) - offset,
            LazyWidening,
            seconds,
            options.RelativeGapTolerance,
            absoluteGap);
        best = best.Merge(SolveOutcome.Nothing with { Bound = offset + refined.Bound });
        return refined.Steps.Count == 0 || MeetsItsBound(best, options, absoluteGap)
            ? best
            : best.Merge(ScheduleOf(model, refined.Values, options, Math.Max(leastScheduleSeconds, seconds - clock.Elapsed.TotalSeconds), absoluteGap));
    }

    /// <summary>The model's objective at its hint (the plan the caller starts from), or positive infinity when the
    /// hint is not a whole solution: so that a better start is not replaced by the relaxation's plan.</summary>
    private static double HintObjective(CpSatPoolingModel model) =>
        model.HintValues() is { } values ? model.ObjectiveOf(values) : double.PositiveInfinity;

    /// <summary>PDLP's bound on the cost phase from its LP at risk at most <paramref name="riskCeiling"/>, in the cost
    /// phase's objective (<see cref="CostPhaseBound"/>), and the LP for the next turn.</summary>
    private static SolveOutcome LpBound(CpSatPoolingModel model, double seconds, long riskFloor, long riskCeiling, out LpRelaxation lp)
    {
        lp = PdlpRun.Solve(model.CostWithRiskAtMost(riskCeiling), seconds, Environment.ProcessorCount);
        return CostPhaseBound(model, riskFloor, lp.Bound);
    }

    /// <summary>A bound on the least asset cost at the least risk as a bound on the cost phase's objective: the risk
    /// weight × <paramref name="riskFloor"/> + <paramref name="leastCost"/> rounded up to the whole k€ every plan's cost
    /// is (less a relative 1e-6, so that floating-point rounding never overshoots).</summary>
    private static SolveOutcome CostPhaseBound(CpSatPoolingModel model, long riskFloor, double leastCost)
    {
        if (double.IsNegativeInfinity(leastCost))
        {
            return SolveOutcome.Nothing;
        }

        long wholeLeastCost = (long)Math.Ceiling(leastCost - (1e-6 * Math.Max(1, Math.Abs(leastCost))));
        return SolveOutcome.Nothing with { Bound = (model.RiskWeightInObjective * riskFloor) + Math.Max(0, wholeLeastCost) };
    }

    /// <summary>The plan next to the LP (<see cref="LpDeploymentSearch"/>), valued in the cost phase's objective; no
    /// bound (a restricted model's bound is no bound of the whole model). CP-SAT searches each space to its optimum
    /// (gap 0: its own gap there is no gap of the whole model) and stops at a plan that meets <paramref name="stopAt"/>.</summary>
    private static SolveOutcome WithinLpDeployments(
        CpSatPoolingModel model, PlannerOptions options, double seconds, LpRelaxation lp, long riskCeiling, double stopAt)
    {
        IReadOnlyList<long> values = LpDeploymentSearch.Plan(
            model, lp, riskCeiling, seconds, stopAt, (space, slice, target) => CpSat(space, options with { RelativeGapTolerance = 0 }, slice, absoluteGap: 0, target));
        return values.Count > 0 ? new SolveOutcome(values, model.ObjectiveOf(values), double.NegativeInfinity, Proven: false) : SolveOutcome.Nothing;
    }

    /// <summary>A MIP solver on the whole model, stopping at a plan as good as <c>stopAt</c> (negative infinity: no such
    /// stop).</summary>
    private static SolveOutcome Mip(
        CpSatPoolingModel model, PlannerOptions options, double seconds, double absoluteGap, MipEngine engine, double stopAt = double.NegativeInfinity)
    {
        using var run = new MipRun(model.Model.Model, engine: engine);
        return run.Solve(Math.Max(0.05, seconds), options.RelativeGapTolerance, absoluteGap, stopAt);
    }

    /// <summary>CP-SAT with the options' workers, stopping at a plan as good as <c>stopAt</c> (negative infinity: no such
    /// stop).</summary>
    private static SolveOutcome CpSat(
        CpModel model, PlannerOptions options, double seconds, double absoluteGap, double stopAt = double.NegativeInfinity)
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
        using StopAtObjective? stop = double.IsFinite(stopAt) ? new StopAtObjective(stopAt) : null;
        CpSolverStatus status = solver.Solve(model, stop);

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
