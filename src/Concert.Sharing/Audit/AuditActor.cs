using System.Collections.Immutable;

namespace Concert.Sharing.Audit;

/// <summary>
/// Who acted, as the audit log records it: the user and the sharing attributes in force at the time.
/// </summary>
/// <remarks>
/// The attributes are copied into every entry, so the log shows what the decision saw even after the user's
/// account changes. Equality compares collections in order. Immutable and thread-safe.
/// </remarks>
public sealed record AuditActor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="userId">The account identifier: non-empty.</param>
    /// <param name="nation">The user's nation.</param>
    /// <param name="clearance">The user's clearance.</param>
    /// <param name="communities">Community identifiers held in person.</param>
    /// <param name="caveats">Caveats held.</param>
    public AuditActor(
        string userId, Trigraph nation, Classification clearance, IEnumerable<string>? communities = null, IEnumerable<string>? caveats = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        Nation = nation;
        Clearance = clearance;
        Communities = [.. (communities ?? []).Order(StringComparer.Ordinal)];
        Caveats = [.. (caveats ?? []).Order(StringComparer.Ordinal)];
    }

    /// <summary>The account identifier.</summary>
    public string UserId { get; }

    /// <summary>The user's nation.</summary>
    public Trigraph Nation { get; }

    /// <summary>The user's clearance.</summary>
    public Classification Clearance { get; }

    /// <summary>Community identifiers held in person, in ordinal order.</summary>
    public ImmutableArray<string> Communities { get; }

    /// <summary>Caveats held, in ordinal order.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>The actor for a user with the given sharing attributes.</summary>
    /// <param name="userId">The account identifier.</param>
    /// <param name="subject">The user's sharing attributes.</param>
    /// <returns>The actor.</returns>
    public static AuditActor From(string userId, SharingSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new AuditActor(
            userId, subject.Nation, subject.Clearance, subject.ExplicitCommunities.Select(community => community.Identifier), subject.Caveats);
    }

    /// <summary>Same user, nation, clearance, communities and caveats.</summary>
    /// <param name="other">The other actor.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(AuditActor? other) =>
        other is not null && UserId == other.UserId && Nation == other.Nation && Clearance == other.Clearance
        && Communities.SequenceEqual(other.Communities) && Caveats.SequenceEqual(other.Caveats);

    /// <summary>Hash of user, nation and clearance.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(UserId, Nation, Clearance);
}
