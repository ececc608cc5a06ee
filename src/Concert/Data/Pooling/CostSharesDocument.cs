namespace Concert.Data.Pooling;

/// <summary>The cost-share comparison of a plan: each rule's share per nation, the ATARES balances and how the
/// fairness analysis went.</summary>
/// <param name="Nations">The nations, in code order; every list of fractions follows it.</param>
/// <param name="AssetCost">The plan's asset cost being split, in k€.</param>
/// <param name="GniKey">Shares by GNI with caps (NATO common funding).</param>
/// <param name="GniCapped">Which nations the cap held down.</param>
/// <param name="Contribution">Shares by contribution: asset cost in the plan plus funds (Strategic Airlift Capability).</param>
/// <param name="Shapley">Shapley value shares of v(N), the cost game (negative for a nation whose pledges save more
/// than an equal part of buying every requirement in).</param>
/// <param name="ShapleyStandardErrors">Standard errors of sampled Shapley shares (zeros when exact).</param>
/// <param name="ShapleyIsExact">True when every coalition was planned.</param>
/// <param name="ShapleyErrorBounds">How far each exact Shapley share can be off where coalition plans are not proven
/// optimal, as a fraction of v(N) (the same amount in k€ holds for the savings shares); zeros when sampled.</param>
/// <param name="Nucleolus">Nucleolus shares of v(N), or null when not computed (too many nations).</param>
/// <param name="BuyInCost">What buying every requirement-week in at the shortfall price would cost, in k€.</param>
/// <param name="TotalSavings">What the pool saves against buying in (buy-in cost − v(N)), in k€.</param>
/// <param name="SavingsShapley">Shapley value shares of the savings game (buy-in cost − v(S)): never negative, 0 for
/// a nation whose pledges serve nothing.</param>
/// <param name="SavingsNucleolus">Nucleolus shares of the savings game, or null when not computed.</param>
/// <param name="LedgerUnitCost">The cost of one ATARES equivalent unit (a C-130 flying hour), in k€.</param>
/// <param name="LedgerBalances">ATARES balances in equivalent units under the GNI key: positive when the pool owes the nation service.</param>
/// <param name="GrandCoalitionCost">v(N), in k€.</param>
/// <param name="CoalitionsPlanned">Coalition plans solved for the fairness analysis.</param>
/// <param name="CoalitionsProvenOptimal">Of those, proven optimal.</param>
/// <param name="Notes">What the reader should know (figures missing, prenucleolus, sampling).</param>
internal sealed record CostSharesDocument(
    IReadOnlyList<string> Nations,
    long AssetCost,
    IReadOnlyList<double> GniKey,
    IReadOnlyList<bool> GniCapped,
    IReadOnlyList<double> Contribution,
    IReadOnlyList<double> Shapley,
    IReadOnlyList<double> ShapleyStandardErrors,
    bool ShapleyIsExact,
    IReadOnlyList<double> ShapleyErrorBounds,
    IReadOnlyList<double>? Nucleolus,
    double BuyInCost,
    double TotalSavings,
    IReadOnlyList<double> SavingsShapley,
    IReadOnlyList<double>? SavingsNucleolus,
    double LedgerUnitCost,
    IReadOnlyList<double> LedgerBalances,
    double GrandCoalitionCost,
    int CoalitionsPlanned,
    int CoalitionsProvenOptimal,
    IReadOnlyList<string> Notes);
