using System.Globalization;

namespace Concert.Sharing.Tests;

public class ConfidentialityLabelTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.Parse("2026-11-27T00:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public void Flattens_restrictive_values_into_caveats_and_ignores_informative_ones()
    {
        var label = new ConfidentialityLabel(
            "NATO", Classification.Secret, Created, NationSet.Empty, [BuiltInCommunities.Nato, BuiltInCommunities.Nato],
            [
                new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO"]),
                new LabelCategory("Operation", CategoryType.Informative, ["PACIFIC SHIELD"]),
                new LabelCategory("Compartment", CategoryType.Restrictive, ["ATOMAL", "CRYPTO"]),
            ]);

        Assert.Equal(["CRYPTO", "ATOMAL"], label.Caveats.ToArray());
        Assert.Equal([BuiltInCommunities.Nato], label.ReleasableToCommunities.ToArray());
        Assert.Equal("NATO SECRET REL NATO // CRYPTO ATOMAL", label.ToString());
    }

    [Fact]
    public void Summarises_releasability()
    {
        var label = new ConfidentialityLabel(
            "CONCERT", Classification.Restricted, Created, NationSet.Of(Trigraph.Parse("KOR"), Trigraph.Parse("JPN")), [BuiltInCommunities.Asean]);

        Assert.Equal("CONCERT RESTRICTED REL ASEAN JPN KOR", label.ToString());
        Assert.Equal("NATO UNCLASSIFIED", new ConfidentialityLabel("NATO", Classification.Unclassified, Created, NationSet.Empty).ToString());
    }

    [Fact]
    public void Validates_its_parts()
    {
        Assert.Throws<ArgumentException>(() => new ConfidentialityLabel(" ", Classification.Secret, Created, NationSet.Empty));
        Assert.Throws<ArgumentException>(() => new ConfidentialityLabel("NATO", (Classification)7, Created, NationSet.Empty));
        Assert.Throws<ArgumentException>(() => new ConfidentialityLabel("NATO", Classification.Secret, Created, NationSet.Empty, privacyMark: ""));
        Assert.Throws<ArgumentException>(() => new LabelCategory("Releasable to", CategoryType.Permissive, ["JPN"]));
        Assert.Throws<ArgumentException>(() => new LabelCategory("Special Handling", CategoryType.Restrictive, []));
        Assert.Throws<ArgumentException>(() => new Community("NATO ", "padded"));
    }

    [Fact]
    public void Communities_are_equal_by_identifier()
    {
        Assert.Equal(BuiltInCommunities.Nato, new Community("NATO", "another name"));
        Assert.NotEqual(BuiltInCommunities.Nato, new Community("nato", "North Atlantic Treaty Organization"));
        Assert.Equal(BuiltInCommunities.Nato.GetHashCode(), new Community("NATO", "x").GetHashCode());
    }

    [Fact]
    public void Subjects_derive_communities_from_dated_membership_and_add_their_own()
    {
        var liaison = new SharingSubject(Trigraph.Parse("SWE"), Classification.Secret, [BuiltInCommunities.NatoIndoPacificFour]);

        Assert.Equal(
            [BuiltInCommunities.EuropeanUnion, BuiltInCommunities.NatoIndoPacificFour],
            liaison.CommunitiesAt(CommunityRegistry.Default, DateTimeOffset.Parse("2024-03-06T00:00:00Z", CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(
            [BuiltInCommunities.Nato, BuiltInCommunities.EuropeanUnion, BuiltInCommunities.NatoIndoPacificFour],
            liaison.CommunitiesAt(CommunityRegistry.Default, DateTimeOffset.Parse("2024-03-07T00:00:00Z", CultureInfo.InvariantCulture)).ToArray());
        Assert.True(liaison.BelongsTo(BuiltInCommunities.NatoIndoPacificFour, CommunityRegistry.Default, Created));
        Assert.False(liaison.BelongsTo(BuiltInCommunities.Asean, CommunityRegistry.Default, Created));
    }
}
