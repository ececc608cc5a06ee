namespace Concert.Sharing.Audit;

/// <summary>
/// The result of <see cref="AuditLogVerifier.Verify(string)"/>.
/// </summary>
/// <remarks>
/// <see cref="LastHash"/> is the hash of the last intact entry. A hash chain proves that nothing was changed
/// <em>relative to</em> that hash: someone able to rewrite the whole file could recompute every hash, so record the
/// last hash somewhere else (a printed report, another system) and compare it. This type is immutable.
/// </remarks>
/// <param name="IntactEntries">How many entries, from the first, verified.</param>
/// <param name="LastHash">The hash of the last verified entry, or <see cref="AuditEntry.GenesisHash"/> when none.</param>
/// <param name="FirstBreak">The first entry that does not verify, or null when the whole log is intact.</param>
public sealed record AuditVerification(long IntactEntries, string LastHash, AuditBreak? FirstBreak)
{
    /// <summary>True when every entry verified.</summary>
    public bool IsIntact => FirstBreak is null;

    /// <summary>"Intact: N entries, last hash H." or the break's description.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FirstBreak is { } broken ? broken.Description : $"Intact: {IntactEntries} entries, last hash {LastHash}.";
}
