using Concert.Pooling.CostSharing;
using Concert.Pooling.Planning;
using Concert.Sharing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The proportional rules real pooling uses: GNI key with caps, contribution shares, the equivalent-unit ledger.</summary>
public sealed class CostShareRuleTests
{
    private static readonly Trigraph Usa = Trigraph.Parse("USA");
    private static readonly Trigraph Deu = Trigraph.Parse("DEU");
    private static readonly Trigraph Fra = Trigraph.Parse("FRA");
    private static readonly Trigraph Gbr = Trigraph.Parse("GBR");

    private static List<KeyValuePair<Trigraph, double>> Gni(params (Trigraph Nation, double Gni)[] entries) =>
        [.. entries.Select(entry => new KeyValuePair<Trigraph, double>(entry.Nation, entry.Gni))];

    [Fact]
    public void Gni_key_with_a_cap_sums_to_one_hundred_percent()
    {
        var shares = GniKey.Shares(Gni((Usa, 27000), (Deu, 4500), (Gbr, 3300), (Fra, 3000)), new Dictionary<Trigraph, double> { [Usa] = 0.1635 });

        Assert.Equal(1.0, shares.Sum(share => share.Fraction), 12);
        CostShare usa = shares.Single(share => share.Nation == Usa);
        Assert.Equal(0.1635, usa.Fraction, 12);
        Assert.True(usa.IsCapped);

        // The rest is spread by GNI: Germany over France keeps 4,500 : 3,000.
        Assert.Equal(1.5, shares.Single(share => share.Nation == Deu).Fraction / shares.Single(share => share.Nation == Fra).Fraction, 12);
    }

    [Fact]
    public void Redistribution_repeats_until_no_share_exceeds_its_cap()
    {
        // After the US cap, Germany's GNI share of the rest (4,500/10,800 of 83.65 % ≈ 34.9 %) breaks its cap too.
        var caps = new Dictionary<Trigraph, double> { [Usa] = 0.1635, [Deu] = 0.1635 };
        var shares = GniKey.Shares(Gni((Usa, 27000), (Deu, 4500), (Gbr, 3300), (Fra, 3000)), caps);

        Assert.Equal(0.1635, shares.Single(share => share.Nation == Deu).Fraction, 12);
        Assert.Equal((1 - 0.327) * 3300 / 6300, shares.Single(share => share.Nation == Gbr).Fraction, 12);
        Assert.Equal(1.0, shares.Sum(share => share.Fraction), 12);
    }

    [Fact]
    public void Caps_that_cannot_cover_the_whole_cost_are_rejected()
    {
        var caps = new Dictionary<Trigraph, double> { [Usa] = 0.3, [Deu] = 0.3 };

        var error = Assert.Throws<ArgumentException>(() => GniKey.Shares(Gni((Usa, 27000), (Deu, 4500)), caps));
        Assert.Contains("40.00 % of the cost unassigned", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contribution_shares_reproduce_strategic_airlift_hours()
    {
        // SAC: 3,165 flight hours a year; Finland's 100 and Sweden's 550 follow from their shares of the contributions.
        var fin = Trigraph.Parse("FIN");
        var swe = Trigraph.Parse("SWE");
        var others = Trigraph.Parse("NOR");
        var shares = ContributionKey.Shares(Gni((fin, 100), (swe, 550), (others, 2515)));

        var hours = ContributionKey.Entitlements(shares, 3165);

        Assert.Equal(100, hours[0], 9);
        Assert.Equal(550, hours[1], 9);
        Assert.Equal(1.0, shares.Sum(share => share.Fraction), 12);
    }

    [Fact]
    public void Ledger_credits_providers_debits_shares_and_balances_to_zero()
    {
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()], new Concert.Pooling.Model.RotationRule(2, 1)));
        var shares = new[] { new CostShare(Jpn, 0.5), new CostShare(Kor, 0.5) };

        // One equivalent unit = one C-130 hour, taken here as 7 k€.
        var balances = EquivalentUnitLedger.Create(7).Settle(plan, shares, "equal").Balances();

        // JPN provided 700 (100 units) and owes half of 1,540 (110 units): −10. KOR provided 840 (120) − 110 = +10.
        Assert.Equal(-10, balances[Jpn], 9);
        Assert.Equal(10, balances[Kor], 9);
        Assert.Equal(0, balances.Values.Sum(), 9);
    }
}
