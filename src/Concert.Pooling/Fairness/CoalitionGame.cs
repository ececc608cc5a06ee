namespace Concert.Pooling.Fairness;

/// <summary>A transferable-utility cooperative game: players 0 to n − 1, coalitions as bit masks (bit i set when
/// player i belongs), and a value for each coalition, with the empty coalition worth 0.</summary>
/// <remarks>Whether the values are costs or profits is the caller's reading; <see cref="ShapleyValue"/> is the
/// same for both, <see cref="Nucleolus"/> says which it expects. Thread-safe when the value function is.</remarks>
public sealed class CoalitionGame
{
    private readonly Func<int, double> _value;

    /// <summary>Creates a game from a value function.</summary>
    /// <param name="players">Number of players, 1 to 30.</param>
    /// <param name="value">The value of each non-empty coalition mask.</param>
    public CoalitionGame(int players, Func<int, double> value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(players, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, 30);
        ArgumentNullException.ThrowIfNull(value);
        Players = players;
        _value = value;
    }

    /// <summary>Number of players.</summary>
    public int Players { get; }

    /// <summary>The mask of all players.</summary>
    public int GrandCoalition => (1 << Players) - 1;

    /// <summary>A game from a table of 2^n values indexed by coalition mask; entry 0 is ignored (the empty
    /// coalition is worth 0).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The game.</returns>
    /// <exception cref="ArgumentException">The table's length is not a power of two above 1.</exception>
    public static CoalitionGame FromTable(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int players = System.Numerics.BitOperations.Log2((uint)values.Count);
        if (values.Count < 2 || 1 << players != values.Count)
        {
            throw new ArgumentException($"A table of {values.Count} values is not indexed by the coalitions of any number of players.", nameof(values));
        }

        double[] copy = [.. values];
        return new CoalitionGame(players, coalition => copy[coalition]);
    }

    /// <summary>The value of a coalition; 0 for the empty one.</summary>
    /// <param name="coalition">The coalition's mask.</param>
    /// <returns>The value.</returns>
    public double Value(int coalition) => coalition == 0 ? 0 : _value(coalition);
}
