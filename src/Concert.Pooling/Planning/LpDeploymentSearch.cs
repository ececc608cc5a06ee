using System.Diagnostics;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>The large tier's plan, searched within the LP's deployments
/// (<see cref="CpSatPoolingModel.CostWithinDeployments"/>): SCIP first finds the least risk there (a plan that covers
/// as much), then CP-SAT the cheapest plan at that risk, starting from SCIP's.</summary>
/// <remarks>
/// <para>Why: on B3 neither solver gets past the coverage plan on the whole model in the time (SCIP does not finish the
/// cost phase's LP; CP-SAT's neighbourhood moves stay near the coverage plan, 2.82 M€ against its 2.88 M€ after 30 s on
/// seed 1). The LP leaves most (group, area) pairs without a deployment (seed 1: 423 of 499), and closing them leaves a
/// model whose coverage LP SCIP proves at once (seed 1: the whole model's least risk, 608, in 1.8 s at a load of 22)
/// and whose cost CP-SAT then searches well from that plan (1,905,555 k€ in 25 s, against the LP's 1,784,385).</para>
/// <para>In two steps because CP-SAT alone on the restricted model, given the cap on risk but no plan, found none in
/// 40 s; and given the lexicographic objective instead of the cap, its plans left far more uncovered.</para>
/// </remarks>
internal static class LpDeploymentSearch
{
    /// <summary>The most of the time SCIP gets for the least risk within the deployments (it proves it within seconds);
    /// CP-SAT gets the rest.</summary>
    private const double CoverageShare = 0.25;

    /// <summary>A plan of <paramref name="model"/>'s cost phase within the LP's deployments, as the value of every
    /// model variable by index; empty when none was found in time.</summary>
    /// <param name="model">The model, set for its cost phase.</param>
    /// <param name="lp">The cost phase's LP relaxation.</param>
    /// <param name="riskCeiling">The most risk the plan may leave uncovered: the coverage plan's.</param>
    /// <param name="seconds">The time for both steps.</param>
    /// <param name="cpSat">Runs CP-SAT on a model for a time.</param>
    public static IReadOnlyList<long> Plan(
        CpSatPoolingModel model, LpRelaxation lp, long riskCeiling, double seconds, Func<CpModel, double, SolveOutcome> cpSat)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lp);
        ArgumentNullException.ThrowIfNull(cpSat);
        CpModelProto leastRisk = model.CostWithinDeployments(lp.Values, riskCeiling);
        leastRisk.Objective = model.UncoveredRiskObjective;
        var clock = Stopwatch.StartNew();
        SolveOutcome covering;
        using (var scip = new MipRun(leastRisk))
        {
            covering = scip.Solve(seconds * CoverageShare, relativeGap: 0, absoluteGap: 0);
        }

        if (!covering.HasSolution)
        {
            return [];
        }

        var cheapest = new CpModel();
        cheapest.Model.MergeFrom(model.CostWithinDeployments(lp.Values, (long)Math.Round(covering.Objective)));
        cheapest.Model.SolutionHint = CpSatPoolingModel.Assignment(covering.Values);
        SolveOutcome cost = cpSat(cheapest, Math.Max(0.05, seconds - clock.Elapsed.TotalSeconds));
        return cost.HasSolution ? cost.Values : covering.Values;
    }
}
