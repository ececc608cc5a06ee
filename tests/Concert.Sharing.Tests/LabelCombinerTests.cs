using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Concert.Sharing.Tests;

public class LabelCombinerTests
{
    private static readonly CommunityRegistry Registry = CommunityRegistry.Default;
    private static readonly ReleaseDecider Decider = new(Registry, ["NATO"]);
    private static readonly DateTimeOffset Today = Utc("2026-11-27T00:00:00Z");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static NationSet Nations(params string[] codes) => NationSet.Of(codes.Select(Trigraph.Parse));

    [Fact]
    public void Takes_the_highest_classification_the_union_of_caveats_and_the_intersection_of_releasability()
    {
        var track = new ConfidentialityLabel(
            "NATO", Classification.Restricted, Utc("2026-11-01T00:00:00Z"), Nations("JPN", "KOR"), [BuiltInCommunities.Nato],
            [new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO"])], Utc("2027-06-01T00:00:00Z"), "IN CONFIDENCE");
        var report = new ConfidentialityLabel(
            "NATO", Classification.Secret, Utc("2026-11-02T00:00:00Z"), Nations("JPN", "AUS"), [BuiltInCommunities.Nato, BuiltInCommunities.Asean],
            [
                new LabelCategory("Special Handling", CategoryType.Restrictive, ["ATOMAL", "CRYPTO"]),
                new LabelCategory("Operation", CategoryType.Informative, ["PACIFIC SHIELD"]),
            ],
            Utc("2027-01-01T00:00:00Z"));

        ConfidentialityLabel combined = LabelCombiner.Combine([track, report], Registry, Today);

        Assert.Equal("NATO", combined.PolicyIdentifier);
        Assert.Equal(Classification.Secret, combined.Classification);
        Assert.Equal(["CRYPTO", "ATOMAL"], combined.Caveats.ToArray());
        Assert.Equal(
            [
                new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO", "ATOMAL"]),
                new LabelCategory("Operation", CategoryType.Informative, ["PACIFIC SHIELD"]),
            ],
            combined.Categories.ToArray());
        Assert.Equal([BuiltInCommunities.Nato], combined.ReleasableToCommunities.ToArray());
        Assert.Equal(Nations("JPN"), combined.ReleasableToNations);
        Assert.Equal(Today, combined.CreationDateTime);
        Assert.Equal(Utc("2027-01-01T00:00:00Z"), combined.ReviewDateTime);
        Assert.Equal("IN CONFIDENCE", combined.PrivacyMark);
    }

    [Fact]
    public void Expands_communities_not_common_to_every_input_on_the_combination_day()
    {
        // One input releases to NATO, the other to the EU and Japan: Finland is in both at the end of 2026 but was
        // not in NATO on 2023-04-03.
        var alliance = new ConfidentialityLabel("NATO", Classification.Secret, Today, NationSet.Empty, [BuiltInCommunities.Nato]);
        var union = new ConfidentialityLabel("NATO", Classification.Secret, Today, Nations("JPN"), [BuiltInCommunities.EuropeanUnion]);

        ConfidentialityLabel now = LabelCombiner.Combine([alliance, union], Registry, Today);
        ConfidentialityLabel before = LabelCombiner.Combine([alliance, union], Registry, Utc("2023-04-03T00:00:00Z"));

        Assert.Empty(now.ReleasableToCommunities);
        Assert.Equal(23, now.ReleasableToNations.Count); // the EU members that are in NATO in 2026
        Assert.True(now.ReleasableToNations.Contains(Trigraph.Parse("FIN")));
        Assert.True(now.ReleasableToNations.Contains(Trigraph.Parse("SWE")));
        Assert.False(now.ReleasableToNations.Contains(Trigraph.Parse("AUT")));
        Assert.False(now.ReleasableToNations.Contains(Trigraph.Parse("JPN")));
        Assert.False(before.ReleasableToNations.Contains(Trigraph.Parse("FIN")));
        Assert.Equal(21, before.ReleasableToNations.Count);
    }

    [Fact]
    public void Rejects_mixed_policies_and_empty_input()
    {
        var nato = new ConfidentialityLabel("NATO", Classification.Secret, Today, Nations("JPN"));
        var concert = new ConfidentialityLabel("CONCERT", Classification.Secret, Today, Nations("JPN"));

        ArgumentException mixed = Assert.Throws<ArgumentException>(() => LabelCombiner.Combine([nato, concert], Registry, Today));
        Assert.StartsWith("Labels under different policies ('NATO', 'CONCERT') cannot be combined.", mixed.Message);
        Assert.Throws<ArgumentException>(() => LabelCombiner.Combine([], Registry, Today));
    }

    [Fact]
    public void Combining_one_label_keeps_what_it_releases()
    {
        var label = new ConfidentialityLabel("NATO", Classification.Secret, Utc("2026-01-01T00:00:00Z"), Nations("JPN", "FIN"), [BuiltInCommunities.Nato]);

        ConfidentialityLabel combined = LabelCombiner.Combine([label], Registry, Today);

        Assert.Equal(Nations("JPN"), combined.ReleasableToNations); // Finland is covered by NATO
        Assert.Equal(
            LabelCombiner.ReleasedNationsAt(label, Registry, Today),
            LabelCombiner.ReleasedNationsAt(combined, Registry, Today));
    }

    // The property behind the rules: whoever the combined label is released to, every input is released to.
    [Property(MaxTest = 2000)]
    public Property A_combined_label_never_releases_more_than_any_input() =>
        Prop.ForAll(
            Arb.From(Scenarios()),
            scenario =>
            {
                ConfidentialityLabel combined = LabelCombiner.Combine(scenario.Labels, Registry, scenario.At);
                bool combinedPermits = Decider.Decide(scenario.Subject, combined, scenario.At).IsPermitted;
                return !combinedPermits || scenario.Labels.All(label => Decider.Decide(scenario.Subject, label, scenario.At).IsPermitted);
            });

    [Property(MaxTest = 500)]
    public Property A_combined_label_is_at_least_as_classified_and_caveated_as_every_input() =>
        Prop.ForAll(
            Arb.From(Scenarios()),
            scenario =>
            {
                ConfidentialityLabel combined = LabelCombiner.Combine(scenario.Labels, Registry, scenario.At);
                return scenario.Labels.All(label =>
                    label.Classification <= combined.Classification
                    && label.Caveats.All(combined.Caveats.Contains)
                    && LabelCombiner.ReleasedNationsAt(combined, Registry, scenario.At).IsSubsetOf(LabelCombiner.ReleasedNationsAt(label, Registry, scenario.At)));
            });

    public sealed record Scenario(ConfidentialityLabel[] Labels, SharingSubject Subject, DateTimeOffset At)
    {
        public override string ToString() => $"at {At:O}: [{string.Join("; ", Labels.Select(label => label.ToString()))}] for {Subject.Nation} {Subject.Clearance} caveats [{string.Join(',', Subject.Caveats)}] communities [{string.Join(',', Subject.ExplicitCommunities)}]";
    }

    // Nations and days chosen around the membership changes the registry knows, so expansion matters.
    private static readonly string[] NationPool = ["JPN", "KOR", "AUS", "FIN", "SWE", "USA", "GBR", "CHN", "TLS", "SGP", "MNG", "AUT"];
    private static readonly Community[] CommunityPool =
    [
        BuiltInCommunities.Nato, BuiltInCommunities.Concert, BuiltInCommunities.Asean, BuiltInCommunities.EuropeanUnion,
        BuiltInCommunities.FiveEyes, BuiltInCommunities.NatoIndoPacificFour, new("QUAD", "Quadrilateral Security Dialogue"),
    ];
    private static readonly string[] CaveatPool = ["ATOMAL", "CRYPTO", "SIOP"];
    private static readonly DateTimeOffset[] DayPool =
    [
        Utc("2019-06-01T00:00:00Z"), Utc("2020-02-01T00:00:00Z"), Utc("2023-04-03T23:59:59Z"), Utc("2023-04-04T00:00:00Z"),
        Utc("2024-03-06T12:00:00Z"), Utc("2024-03-07T12:00:00Z"), Utc("2025-10-26T00:00:00Z"), Today,
    ];

    private static Gen<Scenario> Scenarios() =>
        from labels in Gen.Choose(1, 4).SelectMany(count => Gen.ArrayOf(LabelGen(), count))
        from subject in SubjectGen()
        from at in Gen.Elements(DayPool)
        select new Scenario(labels, subject, at);

    private static Gen<Classification> ClassificationGen() => Gen.Elements(Enum.GetValues<Classification>());

    private static Gen<ConfidentialityLabel> LabelGen() =>
        from classification in ClassificationGen()
        from nations in Gen.SubListOf(NationPool)
        from communities in Gen.SubListOf(CommunityPool)
        from caveats in Gen.SubListOf(CaveatPool)
        select new ConfidentialityLabel(
            "NATO",
            classification,
            Today,
            NationSet.Of(nations.Select(Trigraph.Parse)),
            communities,
            caveats.Count == 0 ? [] : [new LabelCategory("Special Handling", CategoryType.Restrictive, caveats)]);

    private static Gen<SharingSubject> SubjectGen() =>
        from nation in Gen.Elements(NationPool)
        from clearance in ClassificationGen()
        from caveats in Gen.SubListOf(CaveatPool)
        from communities in Gen.SubListOf(CommunityPool)
        from holdsCommunitiesInPerson in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new SharingSubject(Trigraph.Parse(nation), clearance, holdsCommunitiesInPerson ? communities : [], caveats);
}
