using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.CostSharing;

/// <summary>Strategic Airlift Capability style shares: each nation's share of the pool's use (the C-17 flight
/// hours) equals its share of the contributions, and so does its share of the cost.</summary>
public static class ContributionKey
{
    /// <summary>The shares.</summary>
    /// <param name="contributions">Each nation's contribution (money, or asset cost in the plan plus pledged funds), not negative.</param>
    /// <returns>One share per nation, in the input's order, adding up to 1.</returns>
    /// <exception cref="ArgumentException">A negative contribution, or none above zero.</exception>
    public static ImmutableArray<CostShare> Shares(IReadOnlyList<KeyValuePair<Trigraph, double>> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        double total = contributions.Sum(entry => entry.Value);
        if (contributions.Any(entry => entry.Value < 0) || !(total > 0))
        {
            throw new ArgumentException("Contributions must be non-negative with a positive total.", nameof(contributions));
        }

        return [.. contributions.Select(entry => new CostShare(entry.Key, entry.Value / total))];
    }

    /// <summary>Each nation's entitlement to a pooled quantity (flight hours, patrol days) in proportion to its share.</summary>
    /// <param name="shares">The shares.</param>
    /// <param name="pooled">The quantity to divide.</param>
    /// <returns>Entitlements in the shares' order.</returns>
    public static ImmutableArray<double> Entitlements(IEnumerable<CostShare> shares, double pooled)
    {
        ArgumentNullException.ThrowIfNull(shares);
        return [.. shares.Select(share => share.Of(pooled))];
    }
}
