using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// The attributes of a user that release decisions use: nation, clearance, communities held in person, and caveats.
/// </summary>
/// <remarks>
/// <para>The communities a subject belongs to are those of its nation at the time of the decision (from the
/// <see cref="CommunityRegistry"/>'s dated membership) plus <see cref="ExplicitCommunities"/>, granted to the person
/// (a liaison officer read into a community their nation is not part of).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record SharingSubject
{
    private readonly FrozenSet<string> _caveats;

    /// <summary>Creates a subject.</summary>
    /// <param name="nation">The user's nation.</param>
    /// <param name="clearance">The highest classification the user is cleared for.</param>
    /// <param name="explicitCommunities">Communities granted to the person regardless of nation.</param>
    /// <param name="caveats">Restrictive category values the user holds (ordinal, case-sensitive).</param>
    public SharingSubject(
        Trigraph nation,
        Classification clearance,
        IEnumerable<Community>? explicitCommunities = null,
        IEnumerable<string>? caveats = null)
    {
        Nation = nation;
        Clearance = clearance;
        ExplicitCommunities = [.. (explicitCommunities ?? []).Distinct()];
        _caveats = (caveats ?? []).ToFrozenSet(StringComparer.Ordinal);
        Caveats = [.. _caveats.Order(StringComparer.Ordinal)];
    }

    /// <summary>The user's nation.</summary>
    public Trigraph Nation { get; }

    /// <summary>The highest classification the user may read.</summary>
    public Classification Clearance { get; }

    /// <summary>Communities granted to the person in addition to those of the nation.</summary>
    public ImmutableArray<Community> ExplicitCommunities { get; }

    /// <summary>The caveats held, in ordinal order.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>Whether the user holds <paramref name="caveat"/>; does not allocate.</summary>
    /// <param name="caveat">The caveat.</param>
    /// <returns>True when held.</returns>
    public bool HoldsCaveat(string caveat) => _caveats.Contains(caveat);

    /// <summary>Whether the user belongs to <paramref name="community"/> at <paramref name="at"/>, through the nation
    /// or in person.</summary>
    /// <param name="community">The community.</param>
    /// <param name="registry">Dated membership.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>True when a member.</returns>
    public bool BelongsTo(Community community, CommunityRegistry registry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return BelongsTo(community, registry.TimelineOf(community), MembershipTimeline.DayNumberOf(at));
    }

    /// <summary>The communities of the user at <paramref name="at"/>: the nation's, then the explicit ones.</summary>
    /// <param name="registry">Dated membership.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>The communities, without duplicates.</returns>
    public ImmutableArray<Community> CommunitiesAt(CommunityRegistry registry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.CommunitiesOf(Nation, at).Concat(ExplicitCommunities).Distinct()];
    }

    /// <summary>Same nation, clearance, explicit communities and caveats.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SharingSubject? other) =>
        other is not null && Nation == other.Nation && Clearance == other.Clearance
        && ExplicitCommunities.SequenceEqual(other.ExplicitCommunities) && Caveats.SequenceEqual(other.Caveats);

    /// <summary>Hash of nation and clearance.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Nation, Clearance);

    /// <summary>The allocation-free membership test behind decisions; <paramref name="timeline"/> is the
    /// community's dated membership, or null when the registry does not know it.</summary>
    internal bool BelongsTo(Community community, MembershipTimeline? timeline, int dayNumber)
    {
        foreach (Community held in ExplicitCommunities)
        {
            if (held.Equals(community))
            {
                return true;
            }
        }

        return timeline is not null && timeline.MembersOn(dayNumber).Contains(Nation);
    }
}
