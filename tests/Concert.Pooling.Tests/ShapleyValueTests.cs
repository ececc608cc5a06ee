using Concert.Pooling.Fairness;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Concert.Pooling.Tests;

/// <summary>The Shapley value's axioms on random small games, and the sampled estimate against the exact one.</summary>
public sealed class ShapleyValueTests
{
    private static double[] RandomTable(int players, int seed)
    {
        var random = new Random(seed);
        var table = new double[1 << players];
        for (int coalition = 1; coalition < table.Length; coalition++)
        {
            table[coalition] = Math.Round(random.NextDouble() * 100, 3);
        }

        return table;
    }

    [Property(MaxTest = 50)]
    public Property Efficiency_shares_add_up_to_the_grand_coalition(PositiveInt seed) =>
        Prop.ForAll(Gen.Choose(1, 6).ToArbitrary(), players =>
        {
            var game = CoalitionGame.FromTable(RandomTable(players, seed.Get));
            return Math.Abs(ShapleyValue.Exact(game).Sum() - game.Value(game.GrandCoalition)) < 1e-9;
        });

    [Property(MaxTest = 50)]
    public bool Symmetric_players_get_equal_shares(PositiveInt seed)
    {
        // Players 0 and 1 are made interchangeable: v depends only on how many of them a coalition holds.
        double[] table = RandomTable(4, seed.Get);
        var game = new CoalitionGame(4, coalition =>
        {
            int both = coalition & 0b11;
            int canonical = (coalition & ~0b11) | (both == 0b10 ? 0b01 : both);
            return table[canonical];
        });

        double[] shapley = ShapleyValue.Exact(game);
        return Math.Abs(shapley[0] - shapley[1]) < 1e-9;
    }

    [Property(MaxTest = 50)]
    public bool Null_player_gets_nothing(PositiveInt seed)
    {
        // Player 2 adds nothing to any coalition.
        double[] table = RandomTable(4, seed.Get);
        var game = new CoalitionGame(4, coalition => table[coalition & ~0b100]);

        return Math.Abs(ShapleyValue.Exact(game)[2]) < 1e-9;
    }

    [Fact]
    public void Glove_game_gives_the_textbook_shares()
    {
        // One left glove (player 0), two right gloves: a pair is worth 1. Shapley value (2/3, 1/6, 1/6).
        var game = new CoalitionGame(3, coalition => (coalition & 1) != 0 && (coalition & 0b110) != 0 ? 1 : 0);

        double[] shapley = ShapleyValue.Exact(game);

        Assert.Equal(2.0 / 3, shapley[0], 12);
        Assert.Equal(1.0 / 6, shapley[1], 12);
        Assert.Equal(1.0 / 6, shapley[2], 12);
    }

    [Fact]
    public void Sampled_estimate_lies_within_its_standard_errors_of_the_exact_value()
    {
        CoalitionGame game = AirportGame.Create([10, 20, 20, 50, 80, 95]);
        double[] exact = ShapleyValue.Exact(game);

        ShapleyEstimate estimate = ShapleyValue.Sampled(game, 4000, seed: 7);

        for (int player = 0; player < exact.Length; player++)
        {
            Assert.InRange(exact[player], estimate.Values[player] - (4 * estimate.StandardErrors[player]) - 1e-9, estimate.Values[player] + (4 * estimate.StandardErrors[player]) + 1e-9);
        }

        // Every order's marginals add up to v(N), so the estimate is efficient whatever the sample.
        Assert.Equal(95, estimate.Values.Sum(), 9);
    }

    [Property(MaxTest = 50)]
    public bool Error_bound_covers_any_values_within_the_coalition_uncertainties(PositiveInt seed)
    {
        // The reported values are upper ends; the true ones lie up to u(S) below. Any such game's Shapley value
        // must lie within the bound of the reported one.
        double[] reported = RandomTable(4, seed.Get);
        double[] uncertainty = RandomTable(4, seed.Get + 1);
        var random = new Random(seed.Get);
        double[] truth = [.. reported.Select((value, coalition) => coalition == 0 ? 0 : value - (random.NextDouble() * uncertainty[coalition]))];

        double[] bounds = ShapleyValue.ErrorBounds(4, coalition => uncertainty[coalition]);
        double[] shown = ShapleyValue.Exact(CoalitionGame.FromTable(reported));
        double[] exact = ShapleyValue.Exact(CoalitionGame.FromTable(truth));
        return Enumerable.Range(0, 4).All(player => Math.Abs(shown[player] - exact[player]) <= bounds[player] + 1e-9);
    }

    [Fact]
    public void Error_bound_of_an_unproven_grand_coalition_is_split_by_the_orders_that_complete_it()
    {
        // Only v(N) is uncertain, by 12: every player completes N in half of the two orders.
        double[] bounds = ShapleyValue.ErrorBounds(2, coalition => coalition == 0b11 ? 12 : 0);

        Assert.Equal([6.0, 6.0], bounds);
        Assert.Equal([0.0, 0.0, 0.0], ShapleyValue.ErrorBounds(3, _ => 0));
    }
}
