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
}
