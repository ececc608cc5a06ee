namespace Concert.Sharing.Audit;

/// <summary>
/// Proves an audit log intact, or finds its first broken entry.
/// </summary>
/// <remarks>
/// For each line, in order: it must end with a line feed, have the frame <c>{"entry":…,"hash":"…"}</c>, hold a
/// canonical entry, carry its position as sequence number and the previous entry's hash as previous hash, and its
/// stored hash must be SHA-256 over the previous hash and the entry bytes as stored (see <see cref="AuditLog"/>). The
/// first failure is reported with its <see cref="AuditBreakReason"/>; later entries are not examined, since a break
/// makes everything after it unproven. Reads the log once, streaming. Thread-safe.
/// </remarks>
public static class AuditLogVerifier
{
    /// <summary>Verifies the log file at <paramref name="path"/>.</summary>
    /// <param name="path">The log file.</param>
    /// <returns>Intact, or the first broken entry.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static AuditVerification Verify(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        return Verify(stream);
    }

    /// <summary>Verifies a log read from <paramref name="stream"/>, from its current position to its end.</summary>
    /// <param name="stream">The log bytes.</param>
    /// <returns>Intact, or the first broken entry.</returns>
    public static AuditVerification Verify(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new AuditLineReader(stream);
        string previousHash = AuditEntry.GenesisHash;
        long entryNumber = 0;
        while (lines.TryReadLine(out ReadOnlySpan<byte> line, out bool terminated))
        {
            entryNumber++;
            AuditBreak? broken = Check(entryNumber, line, terminated, previousHash, out string hash);
            if (broken is not null)
            {
                return new AuditVerification(entryNumber - 1, previousHash, broken);
            }

            previousHash = hash;
        }

        return new AuditVerification(entryNumber, previousHash, FirstBreak: null);
    }

    private static AuditBreak? Check(long entryNumber, ReadOnlySpan<byte> line, bool terminated, string previousHash, out string hash)
    {
        hash = string.Empty;
        if (!terminated)
        {
            return Break(entryNumber, AuditBreakReason.IncompleteLastEntry, "the last line has no line feed (an unfinished or truncated write)");
        }

        if (AuditEntryCodec.Unframe(line, out ReadOnlySpan<byte> canonical, out string storedHash) is { } frameProblem)
        {
            return Break(entryNumber, AuditBreakReason.MalformedLine, frameProblem);
        }

        AuditEntry entry;
        try
        {
            entry = AuditEntryCodec.Parse(canonical, storedHash);
        }
        catch (FormatException error)
        {
            return Break(entryNumber, AuditBreakReason.MalformedEntry, error.Message);
        }

        if (entry.Sequence != entryNumber)
        {
            return Break(entryNumber, AuditBreakReason.SequenceOutOfOrder, $"its sequence number is {entry.Sequence}");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return Break(entryNumber, AuditBreakReason.PreviousHashMismatch, $"its previous hash {entry.PreviousHash} is not {previousHash}");
        }

        string computed = AuditEntryCodec.ComputeHash(previousHash, canonical);
        if (!string.Equals(computed, storedHash, StringComparison.Ordinal))
        {
            return Break(entryNumber, AuditBreakReason.HashMismatch, $"its stored hash {storedHash} is not the computed {computed}");
        }

        hash = storedHash;
        return null;
    }

    private static AuditBreak Break(long entryNumber, AuditBreakReason reason, string what) =>
        new(entryNumber, reason, $"Entry {entryNumber} is broken ({reason}): {what}.");
}
