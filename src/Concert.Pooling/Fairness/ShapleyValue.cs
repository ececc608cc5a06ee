using System.Collections.Immutable;

namespace Concert.Pooling.Fairness;

/// <summary>The Shapley value: each player's marginal contribution averaged over every order in which the grand
/// coalition can form. Exact by enumerating coalitions, or estimated from sampled orders.</summary>
public static class ShapleyValue
{
    /// <summary>Most players for which <see cref="Exact"/> enumerates every coalition.</summary>
    public const int ExactPlayerLimit = 20;

    /// <summary>The exact Shapley value: φᵢ = Σ over S not containing i of |S|!(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)).</summary>
    /// <param name="game">The game; evaluated on all 2ⁿ coalitions.</param>
    /// <returns>One value per player; they add up to v(N) (efficiency).</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="ExactPlayerLimit"/> players.</exception>
    public static double[] Exact(CoalitionGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        int n = game.Players;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, ExactPlayerLimit, nameof(game));
        var values = new double[1 << n];
        for (int coalition = 1; coalition < values.Length; coalition++)
        {
            values[coalition] = game.Value(coalition);
        }

        double[] weight = Weights(n);

        var shapley = new double[n];
        for (int coalition = 0; coalition < values.Length; coalition++)
        {
            int size = System.Numerics.BitOperations.PopCount((uint)coalition);
            for (int player = 0; player < n; player++)
            {
                int bit = 1 << player;
                if ((coalition & bit) == 0)
                {
                    shapley[player] += weight[size] * (values[coalition | bit] - values[coalition]);
                }
            }
        }

        return shapley;
    }

    /// <summary>How far <see cref="Exact"/> can be from the true Shapley value when each coalition's value is known
    /// only from above: the true v(S) lies in [v(S) − uncertainty(S), v(S)] (a plan's objective and its proven
    /// bound). φᵢ is linear in v, so its error lies between −Σ w·uncertainty(S ∪ {i}) and +Σ w·uncertainty(S) over
    /// the coalitions S without i; the larger of the two is returned.</summary>
    /// <param name="players">Number of players, 1 to <see cref="ExactPlayerLimit"/>.</param>
    /// <param name="uncertainty">Objective minus bound of each non-empty coalition, at least 0.</param>
    /// <returns>One bound per player; all zero when every value is proven.</returns>
    public static double[] ErrorBounds(int players, Func<int, double> uncertainty)
    {
        ArgumentNullException.ThrowIfNull(uncertainty);
        ArgumentOutOfRangeException.ThrowIfLessThan(players, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, ExactPlayerLimit);
        double[] weight = Weights(players);
        var without = new double[players];
        var with = new double[players];
        for (int coalition = 0; coalition < 1 << players; coalition++)
        {
            int size = System.Numerics.BitOperations.PopCount((uint)coalition);
            for (int player = 0; player < players; player++)
            {
                int bit = 1 << player;
                if ((coalition & bit) == 0)
                {
                    without[player] += weight[size] * (coalition == 0 ? 0 : uncertainty(coalition));
                    with[player] += weight[size] * uncertainty(coalition | bit);
                }
            }
        }

        return [.. Enumerable.Range(0, players).Select(player => Math.Max(without[player], with[player]))];
    }

    /// <summary>weight[s] = s!(n − s − 1)!/n!, built by a ratio recurrence to stay exact in doubles.</summary>
    internal static double[] Weights(int n)
    {
        var weight = new double[n];
        weight[0] = 1.0 / n;
        for (int size = 1; size < n; size++)
        {
            weight[size] = weight[size - 1] * size / (n - size);
        }

        return weight;
    }

    /// <summary>Estimates the Shapley value from random player orders (Castro, Gómez and Tejada 2009).</summary>
    /// <param name="game">The game; evaluated on the prefixes of each sampled order.</param>
    /// <param name="orders">Number of orders to sample, at least 2.</param>
    /// <param name="seed">The random seed, for repeatable estimates.</param>
    /// <returns>The estimate with its standard errors.</returns>
    public static ShapleyEstimate Sampled(CoalitionGame game, int orders, int seed)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 2);
        int n = game.Players;
        var random = new Random(seed);
        var sum = new double[n];
        var sumOfSquares = new double[n];
        int[] order = [.. Enumerable.Range(0, n)];
        for (int sample = 0; sample < orders; sample++)
        {
            random.Shuffle(order);
            int coalition = 0;
            double before = 0;
            foreach (int player in order)
            {
                coalition |= 1 << player;
                double after = game.Value(coalition);
                double marginal = after - before;
                sum[player] += marginal;
                sumOfSquares[player] += marginal * marginal;
                before = after;
            }
        }

        ImmutableArray<double> mean = [.. sum.Select(total => total / orders)];
        ImmutableArray<double> standardErrors =
        [
            .. Enumerable.Range(0, n).Select(player =>
                Math.Sqrt(Math.Max(0, (sumOfSquares[player] - (orders * mean[player] * mean[player])) / (orders - 1)) / orders)),
        ];
        return new ShapleyEstimate(mean, standardErrors, orders);
    }
}
