using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.CostSharing;

/// <summary>NATO common-funding style shares: proportional to gross national income, with caps (the United States
/// and Germany at 16.35 % each from 2021); what a cap cuts off is spread over the uncapped nations by GNI, again
/// and again until no share exceeds its cap.</summary>
public static class GniKey
{
    /// <summary>The shares.</summary>
    /// <param name="grossNationalIncome">Each nation's GNI (any currency, all the same), positive.</param>
    /// <param name="caps">The largest share allowed to some nations, 0 to 1; others are uncapped.</param>
    /// <returns>One share per nation, in the input's order, adding up to 1.</returns>
    /// <exception cref="ArgumentException">A GNI not positive, a cap outside 0 to 1, or caps so low that every nation
    /// is capped below 100 % in all.</exception>
    public static ImmutableArray<CostShare> Shares(
        IReadOnlyList<KeyValuePair<Trigraph, double>> grossNationalIncome, IReadOnlyDictionary<Trigraph, double> caps)
    {
        ArgumentNullException.ThrowIfNull(grossNationalIncome);
        ArgumentNullException.ThrowIfNull(caps);
        if (grossNationalIncome.Count == 0 || grossNationalIncome.Any(entry => !(entry.Value > 0)))
        {
            throw new ArgumentException("Every nation needs a positive GNI.", nameof(grossNationalIncome));
        }

        if (caps.Values.Any(cap => cap is < 0 or > 1))
        {
            throw new ArgumentException("A cap is a share between 0 and 1.", nameof(caps));
        }

        var capped = new Dictionary<Trigraph, double>();
        while (true)
        {
            double left = 1 - capped.Values.Sum();
            var free = grossNationalIncome.Where(entry => !capped.ContainsKey(entry.Key)).ToList();
            if (free.Count == 0)
            {
                throw new ArgumentException($"The caps leave {left:P2} of the cost unassigned: every nation is capped.", nameof(caps));
            }

            double freeIncome = free.Sum(entry => entry.Value);
            var over = free
                .Where(entry => caps.TryGetValue(entry.Key, out double cap) && left * entry.Value / freeIncome > cap)
                .ToList();
            if (over.Count == 0)
            {
                return
                [
                    .. grossNationalIncome.Select(entry => capped.TryGetValue(entry.Key, out double cap)
                        ? new CostShare(entry.Key, cap, IsCapped: true)
                        : new CostShare(entry.Key, left * entry.Value / freeIncome)),
                ];
            }

            foreach (var entry in over)
            {
                capped[entry.Key] = caps[entry.Key];
            }
        }
    }
}
