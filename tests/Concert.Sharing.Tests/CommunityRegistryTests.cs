using System.Collections.Immutable;

namespace Concert.Sharing.Tests;

public class CommunityRegistryTests
{
    private static readonly CommunityRegistry Registry = CommunityRegistry.Default;

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    // Accession days from NATO's "Member countries" page: Finland deposited on 2023-04-04, Sweden on 2024-03-07.
    [Theory]
    [InlineData("FIN", "2023-04-03T23:59:59Z", false)]
    [InlineData("FIN", "2023-04-04T00:00:00Z", true)]
    [InlineData("FIN", "2023-04-04T01:30:00+02:00", false)] // still 2023-04-03 in UTC
    [InlineData("SWE", "2024-03-06T23:59:59Z", false)]
    [InlineData("SWE", "2024-03-07T00:00:00Z", true)]
    [InlineData("MKD", "2020-03-26T12:00:00Z", false)]
    [InlineData("MKD", "2020-03-27T12:00:00Z", true)]
    [InlineData("USA", "1949-08-23T12:00:00Z", false)]
    [InlineData("USA", "1949-08-24T00:00:00Z", true)]
    [InlineData("JPN", "2026-01-01T00:00:00Z", false)]
    public void Nato_membership_follows_accession_days(string nation, string at, bool member) =>
        Assert.Equal(member, Registry.IsMember(BuiltInCommunities.Nato, Trigraph.Parse(nation), Utc(at)));

    [Theory]
    [InlineData("2020-03-26T00:00:00Z", 29)]
    [InlineData("2020-03-27T00:00:00Z", 30)]
    [InlineData("2023-04-03T00:00:00Z", 30)]
    [InlineData("2023-04-04T00:00:00Z", 31)]
    [InlineData("2024-03-07T00:00:00Z", 32)]
    [InlineData("2026-11-27T00:00:00Z", 32)]
    [InlineData("1949-08-23T00:00:00Z", 0)]
    public void Nato_member_counts(string at, int count) =>
        Assert.Equal(count, Registry.MembersAt(BuiltInCommunities.Nato, Utc(at)).Count);

    [Fact]
    public void Asean_admits_Timor_Leste_on_2025_10_26()
    {
        Trigraph timorLeste = Trigraph.Parse("TLS");

        Assert.Equal(10, Registry.MembersAt(BuiltInCommunities.Asean, Utc("2025-10-25T23:59:59Z")).Count);
        Assert.Equal(11, Registry.MembersAt(BuiltInCommunities.Asean, Utc("2025-10-26T00:00:00Z")).Count);
        Assert.False(Registry.IsMember(BuiltInCommunities.Asean, timorLeste, Utc("2025-10-25T12:00:00Z")));
        Assert.True(Registry.IsMember(BuiltInCommunities.Asean, timorLeste, Utc("2025-10-26T12:00:00Z")));
    }

    [Fact]
    public void The_United_Kingdom_left_the_EU_after_2020_01_31()
    {
        Trigraph unitedKingdom = Trigraph.Parse("GBR");

        Assert.True(Registry.IsMember(BuiltInCommunities.EuropeanUnion, unitedKingdom, Utc("2020-01-31T12:00:00Z")));
        Assert.False(Registry.IsMember(BuiltInCommunities.EuropeanUnion, unitedKingdom, Utc("2020-02-01T00:00:00Z")));
        Assert.Equal(28, Registry.MembersAt(BuiltInCommunities.EuropeanUnion, Utc("2020-01-31T00:00:00Z")).Count);
        Assert.Equal(27, Registry.MembersAt(BuiltInCommunities.EuropeanUnion, Utc("2026-11-27T00:00:00Z")).Count);
    }

    [Fact]
    public void The_framework_is_NATO_and_seven_partners_but_not_China()
    {
        NationSet framework = Registry.MembersAt(BuiltInCommunities.Concert, Utc("2026-11-27T00:00:00Z"));

        Assert.Equal(39, framework.Count);
        Assert.True(Registry.MembersAt(BuiltInCommunities.Nato, Utc("2026-11-27T00:00:00Z")).IsSubsetOf(framework));
        Assert.All(new[] { "JPN", "KOR", "AUS", "NZL", "SGP", "MYS", "MNG" }, code => Assert.True(framework.Contains(Trigraph.Parse(code))));
        Assert.False(framework.Contains(Trigraph.Parse("CHN")));
        Assert.True(Registry.MembersAt(BuiltInCommunities.Concert, Utc("2024-12-31T23:59:59Z")).IsEmpty);
    }

    [Fact]
    public void Communities_of_a_nation_change_with_time()
    {
        Trigraph finland = Trigraph.Parse("FIN");

        Assert.Equal([BuiltInCommunities.EuropeanUnion], Registry.CommunitiesOf(finland, Utc("2023-04-03T00:00:00Z")).ToArray());
        Assert.Equal(
            [BuiltInCommunities.Nato, BuiltInCommunities.Concert, BuiltInCommunities.EuropeanUnion],
            Registry.CommunitiesOf(finland, Utc("2025-06-01T00:00:00Z")).ToArray());
        Assert.Equal(
            [BuiltInCommunities.Concert, BuiltInCommunities.FiveEyes, BuiltInCommunities.NatoIndoPacificFour],
            Registry.CommunitiesOf(Trigraph.Parse("AUS"), Utc("2025-06-01T00:00:00Z")).ToArray());
    }

    [Fact]
    public void A_deployment_replaces_the_framework_roster()
    {
        var roster = CommunityDefinition.JoinedTogether(BuiltInCommunities.Concert, new DateOnly(2026, 1, 1), "JPN", "PHL");

        CommunityRegistry custom = Registry.With(roster);

        Assert.Equal(Registry.Communities.Length, custom.Communities.Length);
        Assert.Equal(NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("PHL")), custom.MembersAt(BuiltInCommunities.Concert, Utc("2026-06-01T00:00:00Z")));
        Assert.True(custom.TryGetCommunity("CONCERT", out Community? found));
        Assert.Equal("Concert Asia-Pacific security framework", found.Name);
        Assert.False(custom.TryGetCommunity("concert", out _));
    }

    [Fact]
    public void An_unknown_community_has_no_members()
    {
        var unknown = new Community("QUAD", "Quadrilateral Security Dialogue");

        Assert.True(Registry.MembersAt(unknown, Utc("2026-01-01T00:00:00Z")).IsEmpty);
    }

    [Fact]
    public void Rejects_inconsistent_data_with_precise_messages()
    {
        Trigraph norway = Trigraph.Parse("NOR");
        var community = new Community("X", "Test");

        ArgumentException overlap = Assert.Throws<ArgumentException>(() => new CommunityRegistry([
            new CommunityDefinition(community, [new(norway, new(2000, 1, 1), new(2010, 1, 1)), new(norway, new(2005, 1, 1))]),
        ]));
        Assert.StartsWith("Community 'X': NOR has overlapping membership periods (one starts 2005-01-01).", overlap.Message);

        ArgumentException backwards = Assert.Throws<ArgumentException>(() => new CommunityRegistry([
            new CommunityDefinition(community, [new(norway, new(2000, 1, 1), new(2000, 1, 1))]),
        ]));
        Assert.StartsWith("Community 'X': NOR leaves on 2000-01-01, not after joining on 2000-01-01.", backwards.Message);

        ArgumentException duplicate = Assert.Throws<ArgumentException>(() => new CommunityRegistry([
            new CommunityDefinition(community, ImmutableArray<CommunityMembership>.Empty),
            new CommunityDefinition(new Community("X", "Other name"), ImmutableArray<CommunityMembership>.Empty),
        ]));
        Assert.StartsWith("Community 'X' is defined more than once.", duplicate.Message);
    }

    [Fact]
    public void Rejoining_after_leaving_is_two_periods()
    {
        Trigraph france = Trigraph.Parse("FRA");
        var community = new Community("X", "Test");
        var registry = new CommunityRegistry([
            new CommunityDefinition(community, [new(france, new(2000, 1, 1), new(2001, 1, 1)), new(france, new(2002, 1, 1))]),
        ]);

        Assert.True(registry.IsMember(community, france, Utc("2000-12-31T00:00:00Z")));
        Assert.False(registry.IsMember(community, france, Utc("2001-06-01T00:00:00Z")));
        Assert.True(registry.IsMember(community, france, Utc("2002-01-01T00:00:00Z")));
    }
}
