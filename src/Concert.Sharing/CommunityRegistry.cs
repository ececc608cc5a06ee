using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Concert.Sharing;

/// <summary>
/// The communities Concert knows and who belonged to each of them when, built from
/// <see cref="CommunityDefinition"/> data.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the built-in data of <see cref="BuiltInCommunities"/>; a deployment with a
/// different framework roster builds its own registry or replaces one definition with <see cref="With"/>.</para>
/// <para>Membership questions take an instant and answer for its UTC calendar day (see
/// <see cref="CommunityMembership"/>). A community the registry does not know has no members at any time.</para>
/// <para>Immutable after construction and thread-safe; lookups do not allocate.</para>
/// </remarks>
public sealed class CommunityRegistry
{
    private readonly FrozenDictionary<Community, MembershipTimeline> _timelines;
    private readonly FrozenDictionary<string, Community> _byIdentifier;

    /// <summary>Builds a registry from definitions.</summary>
    /// <param name="definitions">One definition per community.</param>
    /// <exception cref="ArgumentException">Two definitions share an identifier, a period ends on or before its start,
    /// a nation is <c>default</c>, or a nation's periods in one community overlap.</exception>
    public CommunityRegistry(IEnumerable<CommunityDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ImmutableArray<CommunityDefinition> all = [.. definitions];
        var timelines = new Dictionary<Community, MembershipTimeline>();
        foreach (CommunityDefinition definition in all)
        {
            Validate(definition);
            if (!timelines.TryAdd(definition.Community, new MembershipTimeline(definition.Memberships)))
            {
                throw new ArgumentException(
                    $"Community '{definition.Community.Identifier}' is defined more than once.", nameof(definitions));
            }
        }

        Definitions = all;
        Communities = [.. all.Select(definition => definition.Community)];
        _timelines = timelines.ToFrozenDictionary();
        _byIdentifier = Communities.ToFrozenDictionary(community => community.Identifier, StringComparer.Ordinal);
    }

    /// <summary>The registry of the built-in communities (<see cref="BuiltInCommunities.All"/>).</summary>
    public static CommunityRegistry Default { get; } = new(BuiltInCommunities.All);

    /// <summary>The definitions this registry was built from, in the order given.</summary>
    public ImmutableArray<CommunityDefinition> Definitions { get; }

    /// <summary>The known communities, in the order given.</summary>
    public ImmutableArray<Community> Communities { get; }

    /// <summary>A registry with <paramref name="definition"/> added, replacing a definition with the same identifier.</summary>
    /// <param name="definition">The new or replacing definition (for example the framework's own roster).</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    public CommunityRegistry With(CommunityDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new CommunityRegistry(
            Definitions.Where(existing => !existing.Community.Equals(definition.Community)).Append(definition));
    }

    /// <summary>Finds a known community by its identifier (ordinal, case-sensitive).</summary>
    /// <param name="identifier">The identifier ("NATO").</param>
    /// <param name="community">The community, or null.</param>
    /// <returns>True when known.</returns>
    public bool TryGetCommunity(string identifier, [NotNullWhen(true)] out Community? community) =>
        _byIdentifier.TryGetValue(identifier, out community);

    /// <summary>The members of <paramref name="community"/> at <paramref name="at"/>.</summary>
    /// <param name="community">The community.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>The members; empty for an unknown community.</returns>
    public NationSet MembersAt(Community community, DateTimeOffset at) =>
        TimelineOf(community)?.MembersOn(MembershipTimeline.DayNumberOf(at)) ?? NationSet.Empty;

    /// <summary>Whether <paramref name="nation"/> belongs to <paramref name="community"/> at <paramref name="at"/>.</summary>
    /// <param name="community">The community.</param>
    /// <param name="nation">The nation.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>True when a member.</returns>
    public bool IsMember(Community community, Trigraph nation, DateTimeOffset at) =>
        MembersAt(community, at).Contains(nation);

    /// <summary>The communities <paramref name="nation"/> belongs to at <paramref name="at"/>, in registry order.</summary>
    /// <param name="nation">The nation.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>The communities.</returns>
    public ImmutableArray<Community> CommunitiesOf(Trigraph nation, DateTimeOffset at) =>
        [.. Communities.Where(community => IsMember(community, nation, at))];

    /// <summary>The membership timeline of a community, or null when unknown.</summary>
    internal MembershipTimeline? TimelineOf(Community community) =>
        _timelines.TryGetValue(community, out MembershipTimeline? timeline) ? timeline : null;

    private static void Validate(CommunityDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        string identifier = definition.Community.Identifier;
        foreach (IGrouping<Trigraph, CommunityMembership> periods in definition.Memberships.GroupBy(m => m.Nation))
        {
            if (!periods.Key.IsValid)
            {
                throw new ArgumentException($"Community '{identifier}' has a membership without a nation.", nameof(definition));
            }

            CommunityMembership[] ordered = [.. periods.OrderBy(m => m.From)];
            for (int index = 0; index < ordered.Length; index++)
            {
                CommunityMembership period = ordered[index];
                if (period.Until is { } until && until <= period.From)
                {
                    throw new ArgumentException(
                        $"Community '{identifier}': {period.Nation} leaves on {until:yyyy-MM-dd}, not after joining on {period.From:yyyy-MM-dd}.",
                        nameof(definition));
                }

                if (index > 0 && (ordered[index - 1].Until is not { } previousUntil || previousUntil > period.From))
                {
                    throw new ArgumentException(
                        $"Community '{identifier}': {period.Nation} has overlapping membership periods (one starts {period.From:yyyy-MM-dd}).",
                        nameof(definition));
                }
            }
        }
    }
}
