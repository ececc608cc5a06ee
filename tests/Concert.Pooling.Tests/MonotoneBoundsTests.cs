using Concert.Pooling.Fairness;

namespace Concert.Pooling.Tests;

/// <summary>Bounds pass up and down the coalition lattice of a game where more members never cost more.</summary>
public sealed class MonotoneBoundsTests
{
    [Fact]
    public void Sub_coalition_plans_cap_values_and_super_coalition_bounds_raise_bounds()
    {
        // Players A (bit 1) and B (bit 2). Found: v(A) ≤ 10, v(B) ≤ 8, v(AB) ≤ 12 (a poor plan: B's own plan of 8
        // is a plan for AB too). Proven: v(A) ≥ 5, v(B) ≥ 8, v(AB) ≥ 7; v(A) ≥ v(AB) ≥ 7 raises A's bound.
        double[] achievable = [0, 10, 8, 12];
        double[] bound = [0, 5, 8, 7];

        (double[] upper, int[] source, double[] lower) = MonotoneBounds.Tighten(2, coalition => achievable[coalition], coalition => bound[coalition]);

        Assert.Equal([10.0, 8, 8], upper[1..]);
        Assert.Equal([1, 2, 2], source[1..]);
        Assert.Equal([7.0, 8, 7], lower[1..]);
    }

    [Fact]
    public void Three_players_pass_bounds_through_every_level()
    {
        // Only the single-player plans are good (4 each) and only the grand coalition has a bound (3): every
        // coalition is then worth at most 4 and at least 3.
        int[] coalitions = [1, 2, 3, 4, 5, 6, 7];

        (double[] upper, _, double[] lower) = MonotoneBounds.Tighten(
            3,
            coalition => System.Numerics.BitOperations.PopCount((uint)coalition) == 1 ? 4 : 100,
            coalition => coalition == 7 ? 3 : double.NegativeInfinity);

        Assert.All(coalitions, coalition => Assert.Equal(4, upper[coalition]));
        Assert.All(coalitions, coalition => Assert.Equal(3, lower[coalition]));
    }

    [Fact]
    public void A_split_into_parts_bounds_the_whole_by_the_parts_less_the_buy_in()
    {
        // Buying in costs 100. A alone is proven at 70 and B alone at 60 (each covers different requirements), so
        // AB is worth at least 70 + 60 − 100 = 30; its own solve proved only 20, and its plan of 30 is then optimal.
        double[] achievable = [0, 70, 60, 30];
        double[] bound = [0, 70, 60, 20];

        (_, _, double[] lower) = MonotoneBounds.Tighten(2, coalition => achievable[coalition], coalition => bound[coalition], buyInCost: 100);

        Assert.Equal([70.0, 60, 30], lower[1..]);
    }

    [Fact]
    public void Split_bounds_reach_the_subsets_of_the_whole_they_raise()
    {
        // Three players, buy-in 100: A ≥ 70, BC ≥ 50, so ABC ≥ 20; AB and AC had nothing better than ABC's bound.
        double[] bound = [0, 70, double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, 50, 5];

        (_, _, double[] lower) = MonotoneBounds.Tighten(3, _ => 100, coalition => bound[coalition], buyInCost: 100);

        Assert.Equal(20, lower[7]);
        Assert.Equal(20, lower[3]);
        Assert.Equal(20, lower[5]);
        Assert.Equal(70, lower[1]);
        Assert.Equal(50, lower[6]);
    }
}
