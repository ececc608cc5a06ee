using System.Collections.Immutable;
using Concert.Pooling.CostSharing;
using Concert.Sharing;

namespace Concert.Pooling.Fairness;

/// <summary>The fairness analysis of a pooling problem beside the proportional rule real pooling uses.</summary>
/// <param name="Nations">The players, in order; every array below follows it.</param>
/// <param name="GrandCoalitionCost">v(N): the objective of the plan with every pledge, in k€.</param>
/// <param name="StandAloneCosts">v({i}): what each nation would pay to meet the requirements alone, in k€.</param>
/// <param name="Shapley">Shapley value of the cost game (exact, or estimated with standard errors beyond the exact
/// limit): an equal part of <paramref name="BuyInCost"/> less each nation's share of the savings, so negative for a
/// nation whose pledges save more than that part.</param>
/// <param name="ShapleyErrorBounds">How far each exact Shapley share (of either game) can be from the true one where
/// coalition plans are not proven optimal, in k€ (<see cref="ShapleyValue.ErrorBounds"/>); empty when sampled.</param>
/// <param name="BuyInCost">What buying every requirement-week in at the shortfall price would cost, in k€.</param>
/// <param name="TotalSavings">b(N) = <paramref name="BuyInCost"/> − v(N): what the pool saves against buying in.</param>
/// <param name="Savings">Shapley value of the savings game (<see cref="PoolingGame.Savings"/>): each nation's share of
/// <paramref name="TotalSavings"/>, never negative, 0 for a nation whose pledges serve nothing.</param>
/// <param name="SavingsNucleolus">The nucleolus of the savings game, when every coalition was planned.</param>
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
    ImmutableArray<double> ShapleyErrorBounds,
    double BuyInCost,
    double TotalSavings,
    ShapleyEstimate Savings,
    NucleolusResult? SavingsNucleolus,
    bool ShapleyIsExact,
    NucleolusResult? Nucleolus,
    ImmutableArray<CostShare> ContributionShares,
    int CoalitionsPlanned,
    int CoalitionsProvenOptimal,
    TimeSpan Elapsed);
