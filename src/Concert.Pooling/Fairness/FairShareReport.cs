using System.Collections.Immutable;
using Concert.Pooling.CostSharing;
using Concert.Sharing;

namespace Concert.Pooling.Fairness;

/// <summary>The fairness analysis of a pooling problem beside the proportional rule real pooling uses.</summary>
/// <param name="Nations">The players, in order; every array below follows it.</param>
/// <param name="GrandCoalitionCost">v(N): the objective of the plan with every pledge, in k€.</param>
/// <param name="StandAloneCosts">v({i}): what each nation would pay to meet the requirements alone, in k€.</param>
/// <param name="Shapley">Shapley value (exact, or estimated with standard errors beyond the exact limit).</param>
/// <param name="ShapleyIsExact">True when every coalition was planned.</param>
/// <param name="Nucleolus">The nucleolus, when every coalition was planned; null otherwise.</param>
/// <param name="ContributionShares">Shares by contribution (asset cost in the grand plan plus pledged funds).</param>
/// <param name="CoalitionsPlanned">Coalition plans solved.</param>
/// <param name="CoalitionsProvenOptimal">Of those, proven optimal.</param>
/// <param name="Elapsed">Wall-clock time of the analysis.</param>
public sealed record FairShareReport(
    ImmutableArray<Trigraph> Nations,
    double GrandCoalitionCost,
    ImmutableArray<double> StandAloneCosts,
    ShapleyEstimate Shapley,
    bool ShapleyIsExact,
    NucleolusResult? Nucleolus,
    ImmutableArray<CostShare> ContributionShares,
    int CoalitionsPlanned,
    int CoalitionsProvenOptimal,
    TimeSpan Elapsed);
