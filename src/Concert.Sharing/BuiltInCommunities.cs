using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// The communities Concert ships with and their dated membership, the data behind
/// <see cref="CommunityRegistry.Default"/>.
/// </summary>
/// <remarks>
/// Dates are those of the treaties' entry into force for each nation (the day its instrument of accession was
/// deposited), as published by the organisations: NATO's "Member countries" page, ASEAN's "Member States" page and
/// the EU's "Country profiles". The framework roster (<see cref="ConcertFramework"/>) is Concert's own exercise data
/// and is meant to be replaced per deployment with <see cref="CommunityRegistry.With"/>.
/// </remarks>
public static class BuiltInCommunities
{
    /// <summary>Day from which the default framework roster counts its members (exercise data).</summary>
    public static readonly DateOnly ConcertFoundingDate = new(2025, 1, 1);

    /// <summary>The North Atlantic Treaty Organization.</summary>
    public static readonly Community Nato = new("NATO", "North Atlantic Treaty Organization");

    /// <summary>The Concert framework: NATO with its Asia-Pacific partners.</summary>
    public static readonly Community Concert = new("CONCERT", "Concert Asia-Pacific security framework");

    /// <summary>The Association of Southeast Asian Nations.</summary>
    public static readonly Community Asean = new("ASEAN", "Association of Southeast Asian Nations");

    /// <summary>The European Union (membership of its predecessor Communities counts from their dates).</summary>
    public static readonly Community EuropeanUnion = new("EU", "European Union");

    /// <summary>The Five Eyes intelligence partnership.</summary>
    public static readonly Community FiveEyes = new("FVEY", "Five Eyes");

    /// <summary>NATO's four Indo-Pacific partners: Australia, Japan, South Korea, New Zealand.</summary>
    public static readonly Community NatoIndoPacificFour = new("NATO-IP4", "NATO Indo-Pacific partners");

    /// <summary>NATO's 32 members from the day each joined.</summary>
    public static CommunityDefinition NatoDefinition { get; } = new(Nato, [
        .. Joined(new(1949, 8, 24), "BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"),
        .. Joined(new(1952, 2, 18), "GRC", "TUR"),
        .. Joined(new(1955, 5, 6), "DEU"),
        .. Joined(new(1982, 5, 30), "ESP"),
        .. Joined(new(1999, 3, 12), "CZE", "HUN", "POL"),
        .. Joined(new(2004, 3, 29), "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"),
        .. Joined(new(2009, 4, 1), "ALB", "HRV"),
        .. Joined(new(2017, 6, 5), "MNE"),
        .. Joined(new(2020, 3, 27), "MKD"),
        .. Joined(new(2023, 4, 4), "FIN"),
        .. Joined(new(2024, 3, 7), "SWE"),
    ]);

    /// <summary>ASEAN's 10 members and Timor-Leste (admitted 2025-10-26).</summary>
    public static CommunityDefinition AseanDefinition { get; } = new(Asean, [
        .. Joined(new(1967, 8, 8), "IDN", "MYS", "PHL", "SGP", "THA"),
        .. Joined(new(1984, 1, 7), "BRN"),
        .. Joined(new(1995, 7, 28), "VNM"),
        .. Joined(new(1997, 7, 23), "LAO", "MMR"),
        .. Joined(new(1999, 4, 30), "KHM"),
        .. Joined(new(2025, 10, 26), "TLS"),
    ]);

    /// <summary>The EU's 27 members, and the United Kingdom from 1973-01-01 until its exit (last day 2020-01-31).</summary>
    public static CommunityDefinition EuropeanUnionDefinition { get; } = new(EuropeanUnion, [
        .. Joined(new(1958, 1, 1), "BEL", "DEU", "FRA", "ITA", "LUX", "NLD"),
        .. Joined(new(1973, 1, 1), "DNK", "IRL"),
        new CommunityMembership(Trigraph.Parse("GBR"), new(1973, 1, 1), new(2020, 2, 1)),
        .. Joined(new(1981, 1, 1), "GRC"),
        .. Joined(new(1986, 1, 1), "ESP", "PRT"),
        .. Joined(new(1995, 1, 1), "AUT", "FIN", "SWE"),
        .. Joined(new(2004, 5, 1), "CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"),
        .. Joined(new(2007, 1, 1), "BGR", "ROU"),
        .. Joined(new(2013, 7, 1), "HRV"),
    ]);

    /// <summary>The Five Eyes from 1956, when the UKUSA arrangement reached its five-nation form; the earlier
    /// bilateral stages are not modelled.</summary>
    public static CommunityDefinition FiveEyesDefinition { get; } =
        CommunityDefinition.JoinedTogether(FiveEyes, new(1956, 1, 1), "AUS", "CAN", "GBR", "NZL", "USA");

    /// <summary>The IP4 from the Madrid summit (2022-06-29), the first NATO summit all four attended together.</summary>
    public static CommunityDefinition NatoIndoPacificFourDefinition { get; } =
        CommunityDefinition.JoinedTogether(NatoIndoPacificFour, new(2022, 6, 29), "AUS", "JPN", "KOR", "NZL");

    /// <summary>The default framework roster: every NATO member and Japan, South Korea, Australia, New Zealand,
    /// Singapore, Malaysia and Mongolia, all from <see cref="ConcertFoundingDate"/>. ASEAN is drawn in and China
    /// invited, but neither is a member.</summary>
    public static CommunityDefinition ConcertFramework { get; } = CommunityDefinition.JoinedTogether(
        Concert,
        ConcertFoundingDate,
        [
            .. NatoDefinition.Memberships.Select(membership => membership.Nation.Code),
            "JPN", "KOR", "AUS", "NZL", "SGP", "MYS", "MNG",
        ]);

    /// <summary>Every built-in definition.</summary>
    public static ImmutableArray<CommunityDefinition> All { get; } =
        [NatoDefinition, ConcertFramework, AseanDefinition, EuropeanUnionDefinition, FiveEyesDefinition, NatoIndoPacificFourDefinition];

    private static IEnumerable<CommunityMembership> Joined(DateOnly from, params string[] nations) =>
        nations.Select(code => new CommunityMembership(Trigraph.Parse(code), from));
}
