namespace Concert.Pooling.Fairness;

/// <summary>The airport game (Littlechild and Owen 1973): each player needs a facility of some size, a coalition
/// pays for the largest its members need — "pay for the largest capability you need". Its Shapley value has a
/// closed form that checks the general engine.</summary>
public static class AirportGame
{
    /// <summary>The cost game c(S) = the largest need in S.</summary>
    /// <param name="needs">Each player's cost of the capability it needs, not negative.</param>
    /// <returns>The game.</returns>
    public static CoalitionGame Create(IReadOnlyList<double> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        double[] copy = [.. needs];
        return new CoalitionGame(copy.Length, coalition =>
        {
            double largest = 0;
            for (int player = 0; player < copy.Length; player++)
            {
                if ((coalition & (1 << player)) != 0)
                {
                    largest = Math.Max(largest, copy[player]);
                }
            }

            return largest;
        });
    }

    /// <summary>Littlechild–Owen: with needs sorted c₁ ≤ … ≤ cₙ, each segment cₖ − cₖ₋₁ of the facility is split
    /// equally among the n − k + 1 players who need it, so player i pays Σₖ≤ᵢ (cₖ − cₖ₋₁)/(n − k + 1).</summary>
    /// <param name="needs">Each player's need.</param>
    /// <returns>Each player's share, in the players' order.</returns>
    public static double[] ShapleyClosedForm(IReadOnlyList<double> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        int n = needs.Count;
        int[] byNeed = [.. Enumerable.Range(0, n).OrderBy(player => needs[player])];
        var shares = new double[n];
        double paid = 0;
        double previous = 0;
        for (int rank = 0; rank < n; rank++)
        {
            double need = needs[byNeed[rank]];
            paid += (need - previous) / (n - rank);
            previous = need;
            shares[byNeed[rank]] = paid;
        }

        return shares;
    }
}
