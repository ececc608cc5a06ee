using System.Diagnostics;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>The large tier's plan, searched next to the cost phase's LP: in the neighbourhood of its rounded values
/// (<see cref="LpRoundingNeighbourhood"/>), and where that holds no plan at the risk ceiling, within the LP's deployments
/// (<see cref="CpSatPoolingModel.CostWithinDeployments"/>). In either space SCIP first finds the least risk (a plan that
/// covers as much), then CP-SAT the cheapest plan at that risk, starting from SCIP's, until it proves that space's optimum
/// or finds a plan that meets the whole model's bound plus the gap tolerance (<see cref="StopAtObjective"/>). Where it
/// proves the neighbourhood's optimum short of that target, the time left goes to the box, from that plan.</summary>
/// <remarks>
/// <para>Why: on B3 neither solver gets past the coverage plan on the whole model in the time (SCIP does not finish the
/// cost phase's LP; CP-SAT's neighbourhood moves stay near the coverage plan, 2.82 M€ against its 2.88 M€ after 30 s on
/// seed 1). The LP leaves most (group, area) pairs without a deployment (seed 1: 423 of 499), and closing them leaves a
/// model whose coverage LP SCIP proves at once (seed 1: the whole model's least risk, 608, in 1.8 s at a load of 22).
/// CP-SAT's search of that box from SCIP's plan stalls 1–2 % above the LP (seed 2); the rounding neighbourhood, a
/// sixth of its size, it searches to within 0.6–1.1 % of the LP's asset cost, a gap of 0.4–0.5 % on the tier's
/// objective (docs/pooling.md, sixth session).</para>
/// <para>To the whole model's target rather than to CP-SAT's own relative gap in the space (before the seventh session):
/// the space's bound is no bound of the whole model, so a plan within its gap there met the planner's tolerance only by
/// chance (B3 seed 2 stopped early, seed 1 ran out its time at 0.35 % where 1 % was asked; docs/pooling.md, seventh
/// session).</para>
/// <para>In two steps because CP-SAT alone on the restricted model, given the cap on risk but no plan, found none in
/// 40 s; and given the lexicographic objective instead of the cap, its plans left far more uncovered.</para>
/// </remarks>
internal static class LpDeploymentSearch
{
    /// <summary>The most of the time SCIP gets for the least risk in the rounding neighbourhood (it proves it within
    /// seconds, or that there is no plan at the ceiling there); CP-SAT gets the rest.</summary>
    private const double RoundingCoverageShare = 0.25;

    /// <summary>The most of the time SCIP gets for the least risk in the box, the last space searched: without a plan
    /// from it nothing else runs, and it may need long (B3 seed 3: 20 s at a load of 15), so it gets most.</summary>
    private const double BoxCoverageShare = 0.75;

    /// <summary>A plan of <paramref name="model"/>'s cost phase next to the LP, as the value of every model variable by
    /// index; empty when none was found in time. The search stops at a plan whose cost-phase objective is at most
    /// <paramref name="stopAt"/>.</summary>
    /// <param name="model">The model, set for its cost phase.</param>
    /// <param name="lp">The cost phase's LP relaxation.</param>
    /// <param name="riskCeiling">The most risk the plan may leave uncovered: the coverage plan's.</param>
    /// <param name="seconds">The time for the whole search.</param>
    /// <param name="stopAt">A plan good enough, in the cost phase's objective: the whole model's bound plus the gap
    /// tolerance (negative infinity: none).</param>
    /// <param name="cpSat">Runs CP-SAT on a model for a time, to its optimum or to a plan whose objective is at most a
    /// target, whichever comes first.</param>
    public static IReadOnlyList<long> Plan(
        CpSatPoolingModel model, LpRelaxation lp, long riskCeiling, double seconds, double stopAt, Func<CpModel, double, double, SolveOutcome> cpSat)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lp);
        ArgumentNullException.ThrowIfNull(cpSat);
        var clock = Stopwatch.StartNew();
        Found? rounded = PlanWithin(
            model, risk => LpRoundingNeighbourhood.Of(model, lp.Values, risk), riskCeiling, seconds * RoundingCoverageShare, seconds, stopAt, cpSat);
        double left = seconds - clock.Elapsed.TotalSeconds;
        if (rounded is null)
        {
            return PlanWithin(model, risk => model.CostWithinDeployments(lp.Values, risk), riskCeiling, BoxCoverageShare * left, left, stopAt, cpSat)?.Cheapest.Values ?? [];
        }

        if (!rounded.Cheapest.Proven || rounded.Cheapest.Objective <= Target(model, stopAt, rounded.Risk))
        {
            return rounded.Cheapest.Values;
        }

        // CP-SAT proved the neighbourhood's cheapest plan at its least risk short of the target, with time left: search
        // the box around it (the neighbourhood lies in it) at that risk, from that plan.
        SolveOutcome box = Cheapest(model, model.CostWithinDeployments(lp.Values, rounded.Risk), rounded.Risk, rounded.Cheapest.Values, left, stopAt, cpSat);
        return rounded.Cheapest.Merge(box).Values;
    }

    /// <summary>The least risk within a space at risk at most <paramref name="riskCeiling"/> (SCIP, up to
    /// <paramref name="scipSeconds"/>), then the cheapest plan there at that risk (CP-SAT from SCIP's plan, the rest of
    /// the time, stopping at <paramref name="stopAt"/>); null when SCIP found no plan.</summary>
    /// <param name="model">The model, set for its cost phase.</param>
    /// <param name="space">The space's cost model at a cap on risk.</param>
    /// <param name="riskCeiling">The most risk the plan may leave uncovered.</param>
    /// <param name="scipSeconds">The most time for the least risk.</param>
    /// <param name="seconds">The time for both steps.</param>
    /// <param name="stopAt">A plan good enough, in the cost phase's objective.</param>
    /// <param name="cpSat">Runs CP-SAT on a model for a time, to its optimum or to a target.</param>
    private static Found? PlanWithin(
        CpSatPoolingModel model,
        Func<long, CpModelProto> space,
        long riskCeiling,
        double scipSeconds,
        double seconds,
        double stopAt,
        Func<CpModel, double, double, SolveOutcome> cpSat)
    {
        var clock = Stopwatch.StartNew();
        CpModelProto leastRisk = space(riskCeiling);
        leastRisk.Objective = model.UncoveredRiskObjective;
        SolveOutcome covering;
        using (var scip = new MipRun(leastRisk))
        {
            covering = scip.Solve(scipSeconds, relativeGap: 0, absoluteGap: 0);
        }

        if (!covering.HasSolution)
        {
            return null;
        }

        long risk = (long)Math.Round(covering.Objective);
        SolveOutcome cheapest = Cheapest(model, space(risk), risk, covering.Values, seconds - clock.Elapsed.TotalSeconds, stopAt, cpSat);
        return new Found(risk, cheapest.HasSolution ? cheapest : covering with { Objective = double.PositiveInfinity, Proven = false });
    }

    /// <summary>CP-SAT's cheapest plan in a space at risk at most <paramref name="risk"/> from a plan in it, stopping at
    /// one that meets <paramref name="stopAt"/> (its objective there is the asset cost alone).</summary>
    private static SolveOutcome Cheapest(
        CpSatPoolingModel model, CpModelProto space, long risk, IReadOnlyList<long> start, double seconds, double stopAt, Func<CpModel, double, double, SolveOutcome> cpSat)
    {
        var cheapest = new CpModel();
        cheapest.Model.MergeFrom(space);
        cheapest.Model.SolutionHint = CpSatPoolingModel.Assignment(start);
        return cpSat(cheapest, Math.Max(0.05, seconds), Target(model, stopAt, risk));
    }

    /// <summary>A target in the cost phase's objective as a target on the asset cost of plans that leave at most
    /// <paramref name="risk"/> uncovered: such a plan's cost-phase objective is at most the risk weight × that risk plus its
    /// asset cost, so one whose asset cost meets this meets the target.</summary>
    private static double Target(CpSatPoolingModel model, double stopAt, long risk) =>
        stopAt - ((double)model.RiskWeightInObjective * risk);

    /// <summary>A space's least risk and CP-SAT's cheapest plan at that risk (SCIP's plan, unvalued, where CP-SAT found
    /// none).</summary>
    private sealed record Found(long Risk, SolveOutcome Cheapest);
}
