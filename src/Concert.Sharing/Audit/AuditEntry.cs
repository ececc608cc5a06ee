using System.Collections.Immutable;

namespace Concert.Sharing.Audit;

/// <summary>
/// One entry of the audit log, with its place in the hash chain.
/// </summary>
/// <remarks>
/// <see cref="Hash"/> is SHA-256 over the 32 bytes of <see cref="PreviousHash"/> followed by the entry's canonical
/// JSON (see <see cref="AuditLog"/>), so changing any entry changes every hash after it. Hashes are 64 lower-case
/// hexadecimal digits; the first entry's previous hash is 64 zeros. Equality compares details by content.
/// Immutable and thread-safe.
/// </remarks>
/// <param name="Sequence">1 for the first entry, then one more for each.</param>
/// <param name="Time">When the entry was appended (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">Who acted, or null when nobody is known (a failed sign-in of an unknown account).</param>
/// <param name="Label">The label concerned as compact STANAG 4774 XML, or null.</param>
/// <param name="PolicyVersion">The version of the sharing policy and community data in force.</param>
/// <param name="Details">Free key-value details, in ordinal key order (the decision reason, the export target, the
/// changed setting).</param>
/// <param name="PreviousHash">The hash of the previous entry.</param>
/// <param name="Hash">This entry's hash.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    AuditEntryKind Kind,
    AuditActor? Actor,
    string? Label,
    string PolicyVersion,
    ImmutableSortedDictionary<string, string> Details,
    string PreviousHash,
    string Hash)
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Whether every field is equal, details by content.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(AuditEntry? other) =>
        other is not null && Sequence == other.Sequence && Time == other.Time && Kind == other.Kind
        && Equals(Actor, other.Actor) && Label == other.Label && PolicyVersion == other.PolicyVersion
        && Details.SequenceEqual(other.Details) && PreviousHash == other.PreviousHash && Hash == other.Hash;

    /// <summary>Hash of sequence and hash.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Sequence, Hash);
}
