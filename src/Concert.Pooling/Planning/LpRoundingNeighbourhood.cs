using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>The plans next to the cost phase's LP (relaxation-induced neighbourhood search, RENS): the cost phase at
/// risk at most a ceiling (<see cref="CpSatPoolingModel.CostWithRiskAtMost"/>) in which every unit count on station and
/// every deployment lies between the LP's value rounded down and rounded up; the shortfalls stay free.</summary>
/// <remarks>
/// <para>Why: the LP's deployments alone (<see cref="CpSatPoolingModel.CostWithinDeployments"/>) leave CP-SAT a search
/// it does not finish on the large tier (B3 seed 2: 1,492,615 k€ in the time against the LP's 1,459,180, and CP-SAT's
/// own neighbourhoods stall there), although that box holds plans within 0.17 % of the LP (HiGHS found 1,461,648 after
/// 240 s). Rounding every count the LP sets leaves about 4,000 of 23,000 variables free, a model CP-SAT searches to
/// within 0.6–1.1 % of the LP's asset cost in 25 s (docs/pooling.md, sixth session).</para>
/// <para>The tolerances: a count the LP puts above a whole number by more than <see cref="RoundingTolerance"/> may
/// round up, because rounding PDLP's near-zero counts down removed the one unit-week of cover that B3 seed 1's least
/// risk needs (at 1e-3 the neighbourhood's least risk was 609 against 608); deployments keep the box's rounding
/// (<see cref="CpSatPoolingModel.CostWithinDeployments"/>). The neighbourhood may still hold no plan at the ceiling:
/// the caller then searches the box.</para>
/// </remarks>
internal static class LpRoundingNeighbourhood
{
    /// <summary>How far an LP count may lie above a whole number and still round down to it (or below and round up):
    /// PDLP's noise, far below any meaningful share of a unit. For the deployments' lower end only; their upper end is
    /// the box's.</summary>
    private const double RoundingTolerance = 1e-5;

    /// <summary>The neighbourhood of the LP's values in the cost phase at risk at most <paramref name="uncoveredRisk"/>.</summary>
    /// <param name="model">The model, set for its cost phase.</param>
    /// <param name="relaxation">The LP's value of every model variable, by index.</param>
    /// <param name="uncoveredRisk">The most risk a plan may leave uncovered.</param>
    public static CpModelProto Of(CpSatPoolingModel model, IReadOnlyList<double> relaxation, long uncoveredRisk)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(relaxation);
        CpModelProto neighbourhood = model.CostWithinDeployments(relaxation, uncoveredRisk);
        var shortfalls = model.UncoveredRiskObjective.Vars.ToHashSet();
        IReadOnlySet<int> deployments = model.DeploymentVariables;
        for (int variable = 0; variable < neighbourhood.Variables.Count; variable++)
        {
            if (shortfalls.Contains(variable))
            {
                continue;
            }

            var domain = neighbourhood.Variables[variable].Domain;
            double value = relaxation[variable];
            long lower = Math.Clamp((long)Math.Floor(value + RoundingTolerance), domain[0], domain[^1]);
            long upper = deployments.Contains(variable)
                ? domain[^1]
                : Math.Clamp((long)Math.Ceiling(value - RoundingTolerance), domain[0], domain[^1]);
            domain.Clear();
            domain.Add(Math.Min(lower, upper));
            domain.Add(upper);
        }

        return neighbourhood;
    }
}
