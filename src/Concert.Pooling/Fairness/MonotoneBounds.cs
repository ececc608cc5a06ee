namespace Concert.Pooling.Fairness;

/// <summary>Tightens the values of a cost game where more members never cost more (v(S) ≥ v(T) when S ⊆ T), from
/// what is known of each coalition: an achievable value (the objective of a plan found for it) and a proven lower
/// bound.</summary>
/// <remarks>
/// <para>Why it holds for the pooling game: a sub-coalition's plan uses only pledges the coalition also has, so it
/// is a plan for the coalition too (upper bounds pass up to supersets); the coalition's best plan is a plan for every
/// super-coalition, so their proven bounds are bounds for it too (lower bounds pass down to subsets). Both by
/// dynamic programming over one member more or less: O(n 2ⁿ).</para>
/// <para>Savings are subadditive, so the parts of a split bound the whole: v(S) ≥ v(A) + v(S∖A) − B for any A ⊂ S,
/// where B is the buy-in cost (the value without a useful pledge). Split any plan of S by whose units they are: A's
/// units are a plan for A, S∖A's a plan for S∖A, with the same asset cost between them, and each requirement-week
/// they cover together (min(need, a + b)) is at most what they cover apart (min(need, a) + min(need, b)), so
/// v(A) + v(S∖A) ≤ cost + 2B − price × covered = v_plan(S) + B. The bound is exact where the parts serve different
/// requirements and weak where they overlap (three generated four-nation pools, proven values: the optimum of 7 of the
/// 26 coalitions of two or more useful nations); O(3ⁿ).</para>
/// </remarks>
internal static class MonotoneBounds
{
    /// <summary>For each non-empty coalition: the least achievable value among it and its non-empty sub-coalitions
    /// with the sub-coalition that achieves it, and the greatest proven bound among it and its super-coalitions and
    /// from any split of it into two parts.</summary>
    /// <param name="players">Number of players.</param>
    /// <param name="achievable">The value of a plan found for each coalition (positive infinity for none).</param>
    /// <param name="bound">The bound proven for each coalition (negative infinity for none).</param>
    /// <param name="buyInCost">The value of a coalition without any useful pledge, for the split bounds; positive
    /// infinity for none.</param>
    public static (double[] Upper, int[] UpperSource, double[] Lower) Tighten(
        int players, Func<int, double> achievable, Func<int, double> bound, double buyInCost = double.PositiveInfinity)
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
        for (int coalition = 1; coalition <= all; coalition++)
        {
            lower[coalition] = bound(coalition);
        }

        PassDown(players, lower);

        // Split bounds, sub-coalitions first (a part's mask is below its whole's), then down again to the subsets.
        for (int coalition = 1; coalition <= all; coalition++)
        {
            for (int part = (coalition - 1) & coalition; part > 0; part = (part - 1) & coalition)
            {
                lower[coalition] = Math.Max(lower[coalition], lower[part] + lower[coalition & ~part] - buyInCost);
            }
        }

        PassDown(players, lower);
        return (upper, source, lower);
    }

    /// <summary>Each coalition's bound becomes the greatest among it and its super-coalitions.</summary>
    private static void PassDown(int players, double[] lower)
    {
        for (int coalition = lower.Length - 1; coalition >= 1; coalition--)
        {
            for (int player = 0; player < players; player++)
            {
                int larger = coalition | (1 << player);
                if (larger != coalition)
                {
                    lower[coalition] = Math.Max(lower[coalition], lower[larger]);
                }
            }
        }
    }
}
