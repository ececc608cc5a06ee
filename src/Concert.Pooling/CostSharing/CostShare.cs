using Concert.Sharing;

namespace Concert.Pooling.CostSharing;

/// <summary>One nation's part of a shared cost.</summary>
/// <param name="Nation">The nation.</param>
/// <param name="Fraction">Its share, 0 to 1; a rule's shares add up to 1.</param>
/// <param name="IsCapped">True when a cap, not the key, set the share.</param>
public sealed record CostShare(Trigraph Nation, double Fraction, bool IsCapped = false)
{
    /// <summary>The nation's part of <paramref name="total"/>.</summary>
    /// <param name="total">The cost to split.</param>
    /// <returns>Fraction × total.</returns>
    public double Of(double total) => Fraction * total;
}
