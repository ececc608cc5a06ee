using System.Collections.Immutable;
using Concert.Data.Pooling;
using Concert.Hosting;
using Concert.Pooling.CostSharing;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>
/// Splits a plan's cost by the rules real pooling uses (a GNI key with caps, shares by contribution, an ATARES ledger)
/// beside the fairness analysis of its problem (Shapley value and nucleolus of the coalitions' best plans).
/// </summary>
internal static class PoolingCostShares
{
    /// <summary>The cap of NATO's common-funding cost-share formula since 2021: no nation above 16.35 %, which binds the
    /// United States and Germany.</summary>
    public const double NatoCommonFundingCap = 0.1635;

    /// <summary>The cost of one ATARES equivalent unit, one C-130 flying hour, in k€ (an illustrative figure).</summary>
    public const double EquivalentUnitCost = 8;

    /// <summary>How coalition plans are searched: the fairness analysis's own coalition planner (SCIP alone in one
    /// thread on the priced objective, short turns, one coalition per core), within the API's time budget for the
    /// whole analysis, with the plan's label registry, clock and shortfall price.</summary>
    /// <remarks>Not the plan's own options (coverage first, CP-SAT's eight workers): a coalition's value is its priced
    /// optimum by definition, and CP-SAT's start-up costs more than SCIP's whole proof of a small coalition. A budget
    /// rather than a limit per coalition: SCIP repeats a turn that ends before its first bound, so a short limit per
    /// coalition did not bound the whole analysis (the API test with 0.05 s per coalition took over 100 s).</remarks>
    /// <param name="planner">The options of the plan's own run (label registry, clock, shortfall price).</param>
    /// <param name="settings">The pooling API's settings.</param>
    /// <returns>The game options.</returns>
    public static PoolingGameOptions GameOptions(PlannerOptions planner, PoolingApiOptions settings)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new PoolingGameOptions();
        return defaults with
        {
            CoalitionPlanner = defaults.CoalitionPlanner with
            {
                Registry = planner.Registry,
                Clock = planner.Clock,
                ShortfallPricePerRiskUnitWeek = planner.ShortfallPricePerRiskUnitWeek,
            },
            TimeBudget = settings.FairShareBudget,
        };
    }

    /// <summary>The comparison for a stored plan and the problem it was made from.</summary>
    /// <param name="plan">The stored plan.</param>
    /// <param name="problem">Its problem.</param>
    /// <param name="options">How coalition plans are searched.</param>
    /// <param name="gniByNation">GNI per nation in billions of US dollars (<see cref="PoolingGniFigures"/>).</param>
    /// <param name="figureNotes">Where those figures come from, for the reader.</param>
    /// <returns>The shares of every rule per nation.</returns>
    public static CostSharesDocument Compute(
        StoredPlan plan, PoolingProblem problem, PoolingGameOptions options, IReadOnlyDictionary<Trigraph, double> gniByNation, IReadOnlyList<string> figureNotes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(gniByNation);
        var notes = new List<string>(figureNotes);
        Dictionary<string, long> costByNation = PoolingJson.Read<Dictionary<string, long>>(plan.CostByNationJson);
        Trigraph[] nations = [.. problem.Nations];
        if (nations.Length == 0)
        {
            return new CostSharesDocument([], plan.AssetCost, [], [], [], [], [], true, [], null, 0, 0, [], null, EquivalentUnitCost, [], 0, 0, 0, ["No nation pledges anything to this plan."]);
        }

        // GNI key: the nations with a GNI figure share by GNI, the cap holding the largest down.
        var withFigures = nations.Where(gniByNation.ContainsKey).Select(nation => new KeyValuePair<Trigraph, double>(nation, gniByNation[nation])).ToList();
        if (withFigures.Count < nations.Length)
        {
            notes.Add($"No GNI figure for {string.Join(", ", nations.Where(nation => !gniByNation.ContainsKey(nation)))}: left out of the GNI key.");
        }

        bool capHolds = withFigures.Count * NatoCommonFundingCap >= 1;
        if (!capHolds)
        {
            notes.Add($"Too few nations for the {NatoCommonFundingCap:P2} cap to hold: the GNI key is applied uncapped.");
        }

        Dictionary<Trigraph, double> caps = capHolds ? withFigures.ToDictionary(entry => entry.Key, _ => NatoCommonFundingCap) : [];
        Dictionary<Trigraph, CostShare> gni = withFigures.Count == 0 ? [] : GniKey.Shares(withFigures, caps).ToDictionary(share => share.Nation);

        // Contribution key: asset cost borne in this plan plus funds pledged.
        var contributions = nations.Select(nation => new KeyValuePair<Trigraph, double>(
            nation, costByNation.GetValueOrDefault(nation.Code) + problem.Funds.Where(funds => funds.Nation == nation).Sum(funds => funds.Amount))).ToList();
        double[] contribution = contributions.Sum(entry => entry.Value) > 0
            ? [.. ContributionKey.Shares(contributions).Select(share => share.Fraction)]
            : [.. nations.Select(_ => 0.0)];

        // ATARES: credit the service each nation's units provide, debit its GNI-key share of the plan's cost.
        EquivalentUnitLedger ledger = EquivalentUnitLedger.Create(EquivalentUnitCost);
        foreach ((string nation, long cost) in costByNation.Where(entry => entry.Value > 0))
        {
            ledger = ledger.Provided(Trigraph.Parse(nation), cost, "units on station in the plan");
        }

        foreach (CostShare share in gni.Values)
        {
            ledger = ledger.Received(share.Nation, share.Of(plan.AssetCost), $"share of the plan's cost (GNI key, {share.Fraction:P2})");
        }

        ImmutableSortedDictionary<Trigraph, double> balances = ledger.Balances();

        FairShareReport fairness = FairShareAnalysis.Analyse(problem, options);
        double total = fairness.GrandCoalitionCost;
        double savings = fairness.TotalSavings;
        int[] order = [.. nations.Select(nation => fairness.Nations.IndexOf(nation))];
        double Fraction(double value) => total > 0 ? value / total : 0;
        double OfSavings(double value) => savings > 0 ? value / savings : 0;
        if (!fairness.ShapleyIsExact)
        {
            notes.Add($"Shapley value estimated from {fairness.Shapley.Orders} sampled orders; standard errors given.");
        }
        else if (fairness.ShapleyErrorBounds.Max() > 0)
        {
            notes.Add($"Shapley shares within ±{fairness.ShapleyErrorBounds.Max():0} k€ of the true ones: not every coalition plan was proven optimal within the {options.TimeBudget?.TotalSeconds:0.#} s budget.");
        }

        if (fairness.Shapley.Values.Any(share => share < 0))
        {
            notes.Add("A negative Shapley share of the cost: that nation's pledges save more than an equal part of buying every requirement in; the savings shares split what the pool saves and are never negative.");
        }

        if (fairness.Nucleolus is { IsPrenucleolus: true })
        {
            notes.Add("The coalitions' costs admit no imputation: the prenucleolus is given.");
        }

        if (fairness.CoalitionsProvenOptimal < fairness.CoalitionsPlanned)
        {
            notes.Add($"{fairness.CoalitionsPlanned - fairness.CoalitionsProvenOptimal} of {fairness.CoalitionsPlanned} coalition plans reached their time limit before a proof of optimality.");
        }

        return new CostSharesDocument(
            [.. nations.Select(nation => nation.Code)],
            plan.AssetCost,
            [.. nations.Select(nation => gni.TryGetValue(nation, out CostShare? share) ? share.Fraction : 0)],
            [.. nations.Select(nation => gni.TryGetValue(nation, out CostShare? share) && share.IsCapped)],
            contribution,
            [.. order.Select(index => Fraction(fairness.Shapley.Values[index]))],
            [.. order.Select(index => Fraction(fairness.Shapley.StandardErrors[index]))],
            fairness.ShapleyIsExact,
            fairness.ShapleyIsExact ? [.. order.Select(index => Fraction(fairness.ShapleyErrorBounds[index]))] : [.. nations.Select(_ => 0.0)],
            fairness.Nucleolus is { } nucleolus ? [.. order.Select(index => Fraction(nucleolus.Allocation[index]))] : null,
            fairness.BuyInCost,
            savings,
            [.. order.Select(index => OfSavings(fairness.Savings.Values[index]))],
            fairness.SavingsNucleolus is { } savingsNucleolus ? [.. order.Select(index => OfSavings(savingsNucleolus.Allocation[index]))] : null,
            EquivalentUnitCost,
            [.. nations.Select(nation => balances.GetValueOrDefault(nation))],
            total,
            fairness.CoalitionsPlanned,
            fairness.CoalitionsProvenOptimal,
            notes);
    }
}
