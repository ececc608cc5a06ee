using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// A community together with its dated membership: the data a <see cref="CommunityRegistry"/> is built from.
/// </summary>
/// <remarks>Equality compares the memberships in order. This type is immutable and thread-safe.</remarks>
/// <param name="Community">The community.</param>
/// <param name="Memberships">Every period of membership of every nation, in any order; a nation may have several
/// periods (it left and rejoined), which must not overlap.</param>
public sealed record CommunityDefinition(Community Community, ImmutableArray<CommunityMembership> Memberships)
{
    /// <summary>Creates a definition in which every nation joined on the same day and none has left.</summary>
    /// <param name="community">The community.</param>
    /// <param name="from">The day every member joined.</param>
    /// <param name="nations">Trigraph codes of the members.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="FormatException">A code is not an assigned trigraph.</exception>
    public static CommunityDefinition JoinedTogether(Community community, DateOnly from, params string[] nations)
    {
        ArgumentNullException.ThrowIfNull(nations);
        return new CommunityDefinition(
            community,
            [.. nations.Select(code => new CommunityMembership(Trigraph.Parse(code), from))]);
    }

    /// <summary>Same community and the same memberships in the same order.</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CommunityDefinition? other) =>
        other is not null && Community.Equals(other.Community) && Memberships.SequenceEqual(other.Memberships);

    /// <summary>Hash of the community and the number of memberships.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Community, Memberships.Length);
}
