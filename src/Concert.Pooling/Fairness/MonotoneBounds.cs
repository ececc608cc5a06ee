namespace Concert.Pooling.Fairness;

/// <summary>Tightens the values of a cost game where more members never cost more (v(S) ≥ v(T) when S ⊆ T), from
/// what is known of each coalition: an achievable value (the objective of a plan found for it) and a proven lower
/// bound.</summary>
/// <remarks>Why it holds for the pooling game: a sub-coalition's plan uses only pledges the coalition also has, so it
/// is a plan for the coalition too (upper bounds pass up to supersets); the coalition's best plan is a plan for every
/// super-coalition, so their proven bounds are bounds for it too (lower bounds pass down to subsets). Both by
/// dynamic programming over one member more or less: O(n 2ⁿ).</remarks>
internal static class MonotoneBounds
{
    /// <summary>For each non-empty coalition: the least achievable value among it and its non-empty sub-coalitions
    /// with the sub-coalition that achieves it, and the greatest proven bound among it and its super-coalitions.</summary>
    public static (double[] Upper, int[] UpperSource, double[] Lower) Tighten(int players, Func<int, double> achievable, Func<int, double> bound)
    {
        ArgumentNullException.ThrowIfNull(achievable);
        ArgumentNullException.ThrowIfNull(bound);
        int all = (1 << players) - 1;
        var upper = new double[all + 1];
        var source = new int[all + 1];
        for (int coalition = 1; coalition <= all; coalition++)
        {
            (upper[coalition], source[coalition]) = (achievable(coalition), coalition);
            for (int rest = coalition; rest != 0; rest &= rest - 1)
            {
                int smaller = coalition & ~(rest & -rest);
                if (smaller != 0 && upper[smaller] < upper[coalition])
                {
                    (upper[coalition], source[coalition]) = (upper[smaller], source[smaller]);
                }
            }
        }

        var lower = new double[all + 1];
        for (int coalition = all; coalition >= 1; coalition--)
        {
            lower[coalition] = bound(coalition);
            for (int player = 0; player < players; player++)
            {
                int larger = coalition | (1 << player);
                if (larger != coalition)
                {
                    lower[coalition] = Math.Max(lower[coalition], lower[larger]);
                }
            }
        }

        return (upper, source, lower);
    }
}
