using BenchmarkDotNet.Attributes;

namespace Concert.Sharing.Benchmarks;

/// <summary>
/// Release decisions per second on one core. Each benchmark makes 1,000 decisions, so the reported time per
/// operation divided by 1,000 is the time of one decision.
/// </summary>
[MemoryDiagnoser]
public class ReleaseDecisionBenchmarks
{
    private const int DecisionsPerOperation = 1000;

    private static readonly DateTimeOffset At = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly ReleaseDecider _decider = new(CommunityRegistry.Default, ["NATO", "CONCERT"]);

    // A Finnish analyst with one caveat: the community path has to look NATO's membership up on the day.
    private readonly SharingSubject _finnishAnalyst =
        new(Trigraph.Parse("FIN"), Classification.Secret, caveats: ["CRYPTO"]);

    private readonly SharingSubject _japaneseOfficer = new(Trigraph.Parse("JPN"), Classification.Secret);

    private readonly SharingSubject _chineseGuest = new(Trigraph.Parse("CHN"), Classification.Secret);

    // Releasable to two nations and three communities; NATO is the third community, so two lookups miss first.
    private readonly ConfidentialityLabel _label = new(
        "CONCERT",
        Classification.Secret,
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("AUS")),
        [BuiltInCommunities.Asean, BuiltInCommunities.EuropeanUnion, BuiltInCommunities.Nato],
        [new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO"])],
        new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    private readonly ConfidentialityLabel _uncaveatedLabel = new(
        "CONCERT",
        Classification.Secret,
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("AUS")),
        [BuiltInCommunities.Asean, BuiltInCommunities.EuropeanUnion, BuiltInCommunities.Nato]);

    [Benchmark(OperationsPerInvoke = DecisionsPerOperation)]
    public int PermitThroughThirdCommunityWithCaveat() => Repeat(_finnishAnalyst, _label);

    [Benchmark(OperationsPerInvoke = DecisionsPerOperation)]
    public int PermitThroughNation() => Repeat(_japaneseOfficer, _uncaveatedLabel);

    [Benchmark(OperationsPerInvoke = DecisionsPerOperation)]
    public int DenyAfterEveryCommunity() => Repeat(_chineseGuest, _uncaveatedLabel);

    private int Repeat(SharingSubject subject, ConfidentialityLabel label)
    {
        int permitted = 0;
        for (int i = 0; i < DecisionsPerOperation; i++)
        {
            permitted += _decider.Decide(subject, label, At).IsPermitted ? 1 : 0;
        }

        return permitted;
    }
}
