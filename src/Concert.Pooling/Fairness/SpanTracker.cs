namespace Concert.Pooling.Fairness;

/// <summary>The linear span of coalition characteristic vectors, kept in echelon form, to tell when a
/// coalition's excess is already determined by the fixed ones.</summary>
internal sealed class SpanTracker(int players)
{
    private readonly List<(int Pivot, double[] Row)> _basis = [];

    public int Rank => _basis.Count;

    public bool Contains(int coalition) => Reduce(coalition) is null;

    /// <summary>Adds the coalition's vector; false when it was already in the span.</summary>
    public bool TryAdd(int coalition)
    {
        if (Reduce(coalition) is not { } reduced)
        {
            return false;
        }

        int pivot = Array.FindIndex(reduced, entry => Math.Abs(entry) > 1e-9);
        double lead = reduced[pivot];
        for (int column = 0; column < players; column++)
        {
            reduced[column] /= lead;
        }

        _basis.Add((pivot, reduced));
        return true;
    }

    /// <summary>The vector less its projection on the basis, or null when nothing remains.</summary>
    private double[]? Reduce(int coalition)
    {
        var vector = new double[players];
        for (int player = 0; player < players; player++)
        {
            vector[player] = (coalition >> player) & 1;
        }

        foreach ((int pivot, double[] row) in _basis)
        {
            double factor = vector[pivot];
            if (factor != 0)
            {
                for (int column = 0; column < players; column++)
                {
                    vector[column] -= factor * row[column];
                }
            }
        }

        return vector.Any(entry => Math.Abs(entry) > 1e-9) ? vector : null;
    }
}
