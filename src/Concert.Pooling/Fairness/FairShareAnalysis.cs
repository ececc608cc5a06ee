using System.Collections.Immutable;
using System.Diagnostics;
using Concert.Pooling.CostSharing;
using Concert.Pooling.Model;

namespace Concert.Pooling.Fairness;

/// <summary>Runs the fairness analysis of a pooling problem: the cost game of its coalitions' best plans, the
/// Shapley value (exact up to the exact limit, sampled orders with standard errors beyond), the nucleolus where every
/// coalition is known, and the contribution-proportional shares beside them.</summary>
public static class FairShareAnalysis
{
    /// <summary>Analyses a problem.</summary>
    /// <param name="problem">The problem; its nations are the players.</param>
    /// <param name="options">How coalition plans are solved.</param>
    /// <param name="sampledOrders">Orders sampled beyond the exact limit.</param>
    /// <returns>The report.</returns>
    public static FairShareReport Analyse(PoolingProblem problem, PoolingGameOptions? options = null, int sampledOrders = 200)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new PoolingGameOptions();
        var clock = Stopwatch.StartNew();
        PoolingGame game = PoolingGame.Build(problem, options);
        int n = game.Game.Players;
        bool exact = n <= options.ExactNationLimit;
        ShapleyEstimate shapley = Shapley(game.Game, exact, sampledOrders);
        ShapleyEstimate savings = Shapley(game.Savings, exact, sampledOrders);
        ImmutableArray<double> errorBounds = exact ? [.. ShapleyValue.ErrorBounds(n, game.ValueUncertainty)] : [];
        bool nucleoli = exact && n <= Nucleolus.PlayerLimit;
        NucleolusResult? nucleolus = nucleoli ? Fairness.Nucleolus.OfCostGame(game.Game) : null;
        NucleolusResult? savingsNucleolus = nucleoli ? Fairness.Nucleolus.OfProfitGame(game.Savings) : null;

        var grandPlan = game.PlanOf(game.Game.GrandCoalition);
        var contributions = game.Nations
            .Select(nation => new KeyValuePair<Sharing.Trigraph, double>(
                nation,
                grandPlan.CostByNation.GetValueOrDefault(nation) + problem.Funds.Where(fund => fund.Nation == nation).Sum(fund => fund.Amount)))
            .ToList();
        ImmutableArray<CostShare> contributionShares = contributions.Sum(entry => entry.Value) > 0 ? ContributionKey.Shares(contributions) : [];

        return new FairShareReport(
            game.Nations,
            game.Game.Value(game.Game.GrandCoalition),
            [.. Enumerable.Range(0, n).Select(player => game.Game.Value(1 << player))],
            shapley,
            errorBounds,
            game.BuyInCost,
            game.Savings.Value(game.Savings.GrandCoalition),
            savings,
            savingsNucleolus,
            exact,
            nucleolus,
            contributionShares,
            game.SolvedCoalitions,
            game.ProvenOptimalCoalitions,
            clock.Elapsed);
    }

    /// <summary>Exact over every coalition (the same coalitions, already planned), or from sampled orders with the
    /// same seed for both games, so their estimates come from the same coalitions.</summary>
    private static ShapleyEstimate Shapley(CoalitionGame game, bool exact, int sampledOrders) => exact
        ? new ShapleyEstimate([.. ShapleyValue.Exact(game)], [.. new double[game.Players]], 0)
        : ShapleyValue.Sampled(game, sampledOrders, seed: 1);
}
