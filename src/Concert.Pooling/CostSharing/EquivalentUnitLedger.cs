using System.Collections.Immutable;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Pooling.CostSharing;

/// <summary>A cashless ledger in equivalent units, as EATC's ATARES keeps one in equivalent flying hours: one unit
/// is the cost of one C-130 (or C-160) flying hour; nations earn units for service they provide and spend units for
/// service they receive, and settle the balance in kind rather than in money.</summary>
/// <remarks>Immutable: recording returns a new ledger.</remarks>
public sealed class EquivalentUnitLedger
{
    private EquivalentUnitLedger(double unitCost, ImmutableList<LedgerEntry> entries)
    {
        UnitCost = unitCost;
        Entries = entries;
    }

    /// <summary>The cost of one equivalent unit (one C-130 hour), in k€.</summary>
    public double UnitCost { get; }

    /// <summary>Every line, in the order recorded.</summary>
    public ImmutableList<LedgerEntry> Entries { get; }

    /// <summary>An empty ledger.</summary>
    /// <param name="unitCost">The cost of one unit in k€, positive.</param>
    /// <returns>The ledger.</returns>
    public static EquivalentUnitLedger Create(double unitCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitCost);
        return new EquivalentUnitLedger(unitCost, []);
    }

    /// <summary>Records service of the given cost provided by a nation (a credit).</summary>
    /// <param name="nation">The provider.</param>
    /// <param name="cost">Its cost in k€.</param>
    /// <param name="description">What was provided.</param>
    /// <returns>The ledger with the line.</returns>
    public EquivalentUnitLedger Provided(Trigraph nation, double cost, string description) =>
        new(UnitCost, Entries.Add(new LedgerEntry(nation, cost / UnitCost, description)));

    /// <summary>Records service of the given cost received by (or owed by) a nation (a debit).</summary>
    /// <param name="nation">The receiver.</param>
    /// <param name="cost">Its cost in k€.</param>
    /// <param name="description">What was received.</param>
    /// <returns>The ledger with the line.</returns>
    public EquivalentUnitLedger Received(Trigraph nation, double cost, string description) =>
        new(UnitCost, Entries.Add(new LedgerEntry(nation, -cost / UnitCost, description)));

    /// <summary>Settles a plan: each nation is credited the cost of the units it puts on station and debited its
    /// share of the plan's asset cost; the balances add up to zero.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="shares">How its cost is split (any rule).</param>
    /// <param name="rule">The rule's name for the ledger lines.</param>
    /// <returns>The ledger with the plan's lines.</returns>
    public EquivalentUnitLedger Settle(PoolingPlan plan, IEnumerable<CostShare> shares, string rule)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shares);
        EquivalentUnitLedger ledger = this;
        foreach ((Trigraph nation, long cost) in plan.CostByNation.OrderBy(entry => entry.Key).Where(entry => entry.Value > 0))
        {
            ledger = ledger.Provided(nation, cost, "units on station in the plan");
        }

        foreach (CostShare share in shares)
        {
            ledger = ledger.Received(share.Nation, share.Of(plan.AssetCost), $"share of the plan's cost ({rule}, {share.Fraction:P2})");
        }

        return ledger;
    }

    /// <summary>Each nation's balance in units: positive when the pool owes it service, negative when it owes.</summary>
    /// <returns>Balances by nation, in code order.</returns>
    public ImmutableSortedDictionary<Trigraph, double> Balances() =>
        Entries.GroupBy(entry => entry.Nation).ToImmutableSortedDictionary(group => group.Key, group => group.Sum(entry => entry.Units));
}
