namespace Concert.Sharing;

/// <summary>
/// One period during which a nation belongs to a community.
/// </summary>
/// <remarks>
/// Dates are UTC calendar dates. <see cref="From"/> is inclusive and <see cref="Until"/> exclusive: the nation is a
/// member at every instant from 00:00 UTC on <see cref="From"/> up to, not including, 00:00 UTC on
/// <see cref="Until"/>. Day precision is deliberate: accession instruments are dated, not timed, and counting the
/// whole accession day errs by at most one day towards the new member. This type is an immutable value type.
/// </remarks>
/// <param name="Nation">The member nation.</param>
/// <param name="From">First day of membership (inclusive).</param>
/// <param name="Until">First day no longer a member (exclusive), or null while the membership lasts.</param>
public readonly record struct CommunityMembership(Trigraph Nation, DateOnly From, DateOnly? Until = null)
{
    /// <summary>Whether the membership covers the UTC day of <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True when the nation is a member at that instant.</returns>
    public bool Covers(DateTimeOffset at)
    {
        DateOnly day = DateOnly.FromDateTime(at.UtcDateTime);
        return From <= day && (Until is not { } until || day < until);
    }
}
