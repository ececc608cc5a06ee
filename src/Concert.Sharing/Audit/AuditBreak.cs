namespace Concert.Sharing.Audit;

/// <summary>
/// The first entry of an audit log that does not verify.
/// </summary>
/// <remarks>This type is immutable.</remarks>
/// <param name="EntryNumber">1-based position of the entry (its line) in the log; for an intact log this is the
/// entry's sequence number.</param>
/// <param name="Reason">Which check failed.</param>
/// <param name="Description">One sentence for a person: the entry, the check, and what was found.</param>
public sealed record AuditBreak(long EntryNumber, AuditBreakReason Reason, string Description);
