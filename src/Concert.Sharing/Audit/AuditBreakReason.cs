namespace Concert.Sharing.Audit;

/// <summary>
/// Why an audit log entry does not verify. The verifier checks in this order and reports the first that fails.
/// </summary>
public enum AuditBreakReason
{
    /// <summary>The last line has no line feed: a write that never completed (and so was never acknowledged), or a
    /// truncated file.</summary>
    IncompleteLastEntry,

    /// <summary>The line is not <c>{"entry":…,"hash":"…"}</c> with 64 lower-case hexadecimal digits.</summary>
    MalformedLine,

    /// <summary>The entry is not canonical audit JSON (unknown or missing keys, wrong types, bad values).</summary>
    MalformedEntry,

    /// <summary>The entry's sequence number is not its position in the log: an entry was removed, inserted or
    /// moved.</summary>
    SequenceOutOfOrder,

    /// <summary>The entry's previous hash is not the hash of the entry before it.</summary>
    PreviousHashMismatch,

    /// <summary>The stored hash is not SHA-256 over the previous hash and the entry: the entry was changed.</summary>
    HashMismatch,
}
