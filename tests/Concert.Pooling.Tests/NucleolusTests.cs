using Concert.Pooling.Fairness;

namespace Concert.Pooling.Tests;

/// <summary>The nucleolus against games whose nucleolus is published.</summary>
public sealed class NucleolusTests
{
    /// <summary>Aumann and Maschler (1985), "Game theoretic analysis of a bankruptcy problem from the Talmud": claims
    /// 100, 200, 300; the nucleolus of the bankruptcy game v(S) = max(0, E − claims outside S) is the Talmud's
    /// division: estate 100 → (33⅓, 33⅓, 33⅓), 200 → (50, 75, 75), 300 → (50, 100, 150).</summary>
    [Theory]
    [InlineData(100, 100.0 / 3, 100.0 / 3, 100.0 / 3)]
    [InlineData(200, 50, 75, 75)]
    [InlineData(300, 50, 100, 150)]
    public void Talmud_bankruptcy_game(double estate, double first, double second, double third)
    {
        double[] claims = [100, 200, 300];
        var game = new CoalitionGame(3, coalition =>
            Math.Max(0, estate - Enumerable.Range(0, 3).Where(player => (coalition & (1 << player)) == 0).Sum(player => claims[player])));

        NucleolusResult nucleolus = Nucleolus.OfProfitGame(game);

        Assert.False(nucleolus.IsPrenucleolus);
        Assert.Equal(first, nucleolus.Allocation[0], 6);
        Assert.Equal(second, nucleolus.Allocation[1], 6);
        Assert.Equal(third, nucleolus.Allocation[2], 6);
    }

    [Fact]
    public void Two_player_cost_game_splits_the_savings_equally()
    {
        // Stand-alone 100 and 10, together 10: savings 100 split equally, so 100 − 50 and 10 − 50.
        var game = CoalitionGame.FromTable([0, 100, 10, 10]);

        NucleolusResult nucleolus = Nucleolus.OfCostGame(game);

        Assert.Equal(50, nucleolus.Allocation[0], 6);
        Assert.Equal(-40, nucleolus.Allocation[1], 6);
    }

    [Fact]
    public void Airport_game_nucleolus_is_in_the_core()
    {
        double[] needs = [10, 20, 20, 50];
        CoalitionGame game = AirportGame.Create(needs);

        NucleolusResult nucleolus = Nucleolus.OfCostGame(game);

        Assert.Equal(50, nucleolus.Allocation.Sum(), 6);
        for (int coalition = 1; coalition < 16; coalition++)
        {
            double paid = Enumerable.Range(0, 4).Where(player => (coalition & (1 << player)) != 0).Sum(player => nucleolus.Allocation[player]);
            Assert.True(paid <= game.Value(coalition) + 1e-6, $"coalition {coalition} pays {paid} above its cost {game.Value(coalition)}");
        }
    }
}
