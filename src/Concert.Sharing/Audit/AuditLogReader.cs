namespace Concert.Sharing.Audit;

/// <summary>
/// Reads the entries of an audit log for display, in file order.
/// </summary>
/// <remarks>
/// Reading does not verify the chain (that is <see cref="AuditLogVerifier"/>'s job); it stops at the first line that
/// is not a well-formed entry, so a display shows the log up to any damage. Safe to use while an
/// <see cref="AuditLog"/> appends: an unfinished last line is not returned.
/// </remarks>
public static class AuditLogReader
{
    /// <summary>The entries of the log at <paramref name="path"/>, read lazily; none when the file does not exist.</summary>
    /// <param name="path">The log file.</param>
    /// <returns>The entries in order.</returns>
    public static IEnumerable<AuditEntry> ReadEntries(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            yield break;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var lines = new AuditLineReader(stream);
        while (TryReadEntry(lines, out AuditEntry? entry))
        {
            yield return entry;
        }
    }

    private static bool TryReadEntry(AuditLineReader lines, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AuditEntry? entry)
    {
        entry = null;
        if (!lines.TryReadLine(out ReadOnlySpan<byte> line, out bool terminated) || !terminated
            || AuditEntryCodec.Unframe(line, out ReadOnlySpan<byte> canonical, out string hash) is not null)
        {
            return false;
        }

        try
        {
            entry = AuditEntryCodec.Parse(canonical, hash);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
