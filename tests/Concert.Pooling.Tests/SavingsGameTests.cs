using Concert.Pooling.Benchmarks;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The savings game (buy-in cost − v(S)) that the fair shares are reported in: the Shapley axioms hold on it,
/// and where the cost game's Shapley value charges a nation that brings nothing, or goes negative, it does not.</summary>
public sealed class SavingsGameTests
{
    // Presence in weeks 1–4, one unit a week. KOR's and SGP's OPVs are identical (4 × 280 = 1,120 each alone); JPN's
    // frigate is barred from the area by a caveat, so JPN serves nothing. Buying the 4 unit-weeks in costs 4 × 281
    // (one above the dearest unit-week, the OPV's 280).
    private static PoolingProblem TwoEqualVesselsAndANullPlayer() => OneArea(
        4,
        [Frigate(Jpn, "F", caveats: new NationalCaveats(["A"], Capabilities.None)), PatrolVessel(Kor, "K"), PatrolVessel(Sgp, "S")],
        [Presence()]);

    [Fact]
    public void Savings_shares_are_efficient_symmetric_and_zero_for_a_nation_that_serves_nothing()
    {
        FairShareReport report = FairShareAnalysis.Analyse(TwoEqualVesselsAndANullPlayer());

        Assert.Equal(4 * 281, report.BuyInCost);
        Assert.Equal(1120, report.GrandCoalitionCost);
        Assert.Equal((4 * 281) - 1120, report.TotalSavings);
        Assert.All(report.ShapleyErrorBounds, bound => Assert.Equal(0, bound));

        // Efficiency: the shares add up to the pool's savings. Symmetry: KOR and SGP, interchangeable, save alike.
        // Null player: JPN's barred frigate saves nothing with any coalition, and JPN's share is exactly 0.
        Assert.Equal(report.TotalSavings, report.Savings.Values.Sum(), 9);
        Assert.Equal(report.Savings.Values[1], report.Savings.Values[2], 9);
        Assert.Equal(0, report.Savings.Values[0]);
        Assert.NotNull(report.SavingsNucleolus);
        Assert.Equal(report.TotalSavings, report.SavingsNucleolus.Allocation.Sum(), 6);
        Assert.Equal(0, report.SavingsNucleolus.Allocation[0], 6);
        Assert.Equal(report.SavingsNucleolus.Allocation[1], report.SavingsNucleolus.Allocation[2], 6);

        // The cost game charges JPN an equal part of the buy-in cost for nothing (its one non-zero marginal cost is
        // joining the empty coalition): φ(v) = buy-in / n − φ(b), by linearity.
        Assert.Equal(4 * 281 / 3.0, report.Shapley.Values[0], 9);
        for (int player = 0; player < 3; player++)
        {
            Assert.Equal((report.BuyInCost / 3) - report.Savings.Values[player], report.Shapley.Values[player], 9);
        }
    }

    [Fact]
    public void A_nation_whose_vessel_saves_most_of_the_buy_in_gets_a_negative_cost_share_and_the_largest_savings_share()
    {
        // JPN's frigate (4 × 700) makes the shortfall price 701 a unit-week, so buying in costs 2,804; KOR's OPV
        // (4 × 280) saves 1,684 of it, JPN's frigate 4. In the cost game KOR's share is a third of 2,804 less its
        // savings share of about 1,682: negative. SGP, with nothing useful, saves nothing.
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "K"), Frigate(Sgp, "S", caveats: new NationalCaveats(["A"], Capabilities.None))], [Presence()]);

        FairShareReport report = FairShareAnalysis.Analyse(problem);

        Assert.Equal(2804, report.BuyInCost);
        Assert.True(report.Shapley.Values[1] < 0);
        Assert.All(report.Savings.Values, share => Assert.True(share >= 0));
        Assert.Equal(0, report.Savings.Values[2]);
        Assert.Equal(report.Savings.Values.Max(), report.Savings.Values[1]);

        // Each order adds KOR's 1,684 of savings, less JPN's 4 where JPN came first (half the orders).
        Assert.Equal(1682, report.Savings.Values[1], 9);
        Assert.Equal(2, report.Savings.Values[0], 9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Savings_shares_are_never_negative_and_add_up_to_the_savings(int seed)
    {
        // Four nations of a generated pool; every coalition proves within the limit.
        var defaults = new PoolingGameOptions();
        FairShareReport report = FairShareAnalysis.Analyse(
            InstanceGenerator.Generate(Small, seed), defaults with { CoalitionPlanner = defaults.CoalitionPlanner with { TimeLimit = TimeSpan.FromSeconds(20) } });

        Assert.Equal(15, report.CoalitionsProvenOptimal);
        Assert.All(report.Savings.Values, share => Assert.True(share >= -1e-6, $"savings share {share}"));
        Assert.Equal(report.TotalSavings, report.Savings.Values.Sum(), 6);
        Assert.Equal(report.GrandCoalitionCost, report.Shapley.Values.Sum(), 6);
    }

    [Fact]
    public void A_spent_budget_gives_every_coalition_a_plan_without_a_solver_and_says_how_far_the_shares_can_be_off()
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, 1);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions { TimeBudget = TimeSpan.Zero });

        Assert.Equal(0, game.SolverRuns);
        Assert.Equal(15, game.SolvedCoalitions);
        double[] shapley = ShapleyValue.Exact(game.Game);
        Assert.Equal(game.Game.Value(game.Game.GrandCoalition), shapley.Sum(), 6);
        double[] errors = ShapleyValue.ErrorBounds(game.Game.Players, game.ValueUncertainty);
        Assert.All(errors, error => Assert.True(error > 0));

        // Each value without a solver is an upper bound and its uncertainty reaches down to a bound: the optimum the
        // solvers prove lies in between.
        PoolingGame solved = PoolingGame.Build(problem, new PoolingGameOptions { CoalitionPlanner = new PoolingGameOptions().CoalitionPlanner with { TimeLimit = TimeSpan.FromSeconds(20) } });
        Assert.Equal(15, solved.ProvenOptimalCoalitions);
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            Assert.InRange(solved.Game.Value(coalition), game.Game.Value(coalition) - game.ValueUncertainty(coalition) - 1e-6, game.Game.Value(coalition) + 1e-6);
        }
    }
}
