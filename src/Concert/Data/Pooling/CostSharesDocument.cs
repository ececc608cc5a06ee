namespace Concert.Data.Pooling;

/// <summary>The cost-share comparison of a plan: each rule's share per nation, the ATARES balances and how the
/// fairness analysis went.</summary>
/// <param name="Nations">The nations, in code order; every list of fractions follows it.</param>
/// <param name="AssetCost">The plan's asset cost being split, in k€.</param>
/// <param name="GniKey">Shares by GNI with caps (NATO common funding).</param>
/// <param name="GniCapped">Which nations the cap held down.</param>
/// <param name="Contribution">Shares by contribution: asset cost in the plan plus funds (Strategic Airlift Capability).</param>
/// <param name="Shapley">Shapley value shares of v(N).</param>
/// <param name="ShapleyStandardErrors">Standard errors of sampled Shapley shares (zeros when exact).</param>
/// <param name="ShapleyIsExact">True when every coalition was planned.</param>
/// <param name="Nucleolus">Nucleolus shares of v(N), or null when not computed (too many nations).</param>
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
    IReadOnlyList<double>? Nucleolus,
    double LedgerUnitCost,
    IReadOnlyList<double> LedgerBalances,
    double GrandCoalitionCost,
    int CoalitionsPlanned,
    int CoalitionsProvenOptimal,
    IReadOnlyList<string> Notes);
