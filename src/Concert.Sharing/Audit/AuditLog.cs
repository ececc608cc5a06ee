using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Concert.Sharing.Stanag4774;

namespace Concert.Sharing.Audit;

/// <summary>
/// The append-only, hash-chained audit log: every permit and deny, sign-in, export and administrative change, one
/// JSON line per entry in a file.
/// </summary>
/// <remarks>
/// <para>Each entry is written in a canonical JSON form (keys in ordinal order, no white space, as listed below)
/// and hashed: hash = SHA-256(previous hash's 32
/// bytes ‖ canonical entry bytes), the first entry's previous hash being 32 zero bytes. The stored line is
/// <c>{"entry":</c>canonical entry<c>,"hash":"</c>hex<c>"}</c> and a line feed. Format: canonical keys are
/// <c>actor</c> (<c>caveats</c>, <c>clearance</c>, <c>communities</c>, <c>nation</c>, <c>user</c>, or null),
/// <c>details</c>, <c>kind</c>, <c>label</c> (compact STANAG 4774 XML, or null), <c>policyVersion</c>,
/// <c>previousHash</c>, <c>sequence</c>, <c>time</c> (UTC, seven fraction digits). Strings are escaped by
/// System.Text.Json's default encoder, so lines are pure ASCII. The verifier hashes the entry bytes as stored and
/// never re-serializes, so a log stays verifiable whatever encoder a later .NET uses.</para>
/// <para>Durability: <see cref="Append"/> returns only after the line is flushed to the disk (fsync), so an
/// acknowledged entry survives a crash. A line torn by a crash during a write was never acknowledged; opening the
/// log removes it. (The directory entry of a newly created log file is not synced separately; create the file when
/// the deployment is installed.)</para>
/// <para>Appends are serialized by a lock; the instance is thread-safe. One process should own a log file:
/// it is opened with write sharing denied.</para>
/// </remarks>
public sealed class AuditLog : IDisposable
{
    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly long[] _appendedByKind = new long[Enum.GetValues<AuditEntryKind>().Length];
    private long _lastSequence;
    private string _lastHash;
    private long _failedAppends;
    private string? _lastFailure;

    private AuditLog(string path, FileStream file, TimeProvider time, long lastSequence, string lastHash)
    {
        Path = path;
        _file = file;
        _time = time;
        _lastSequence = lastSequence;
        _lastHash = lastHash;
    }

    /// <summary>The log file.</summary>
    public string Path { get; }

    /// <summary>The sequence number of the last entry, 0 for an empty log.</summary>
    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>The hash of the last entry, <see cref="AuditEntry.GenesisHash"/> for an empty log.</summary>
    public string LastHash
    {
        get
        {
            lock (_gate)
            {
                return _lastHash;
            }
        }
    }

    /// <summary>Entries appended since the log was opened, by kind.</summary>
    public IReadOnlyDictionary<AuditEntryKind, long> AppendedByKind
    {
        get
        {
            lock (_gate)
            {
                return Enum.GetValues<AuditEntryKind>().ToDictionary(kind => kind, kind => _appendedByKind[(int)kind]);
            }
        }
    }

    /// <summary>Appends that failed since the log was opened (each failure was thrown to the caller, nothing was written).</summary>
    public long FailedAppends => Interlocked.Read(ref _failedAppends);

    /// <summary>Why the last append failed, or null when the last append succeeded (or none failed).</summary>
    public string? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>Opens (or creates) a log for appending, continuing its chain from the last entry.</summary>
    /// <param name="path">The log file.</param>
    /// <param name="time">The clock for entry times; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The open log.</returns>
    /// <exception cref="AuditLogException">The last complete entry cannot be read, so the chain cannot continue.</exception>
    public static AuditLog Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            DropTornTail(file);
            (long sequence, string hash) = ReadChainEnd(path, file);
            return new AuditLog(path, file, time ?? TimeProvider.System, sequence, hash);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends an entry and returns once it is on disk.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="actor">Who acted, or null when unknown.</param>
    /// <param name="label">The label concerned, or null.</param>
    /// <param name="policyVersion">The version of the sharing policy and community data in force.</param>
    /// <param name="details">Free key-value details; keys must be distinct.</param>
    /// <returns>The entry as written, with its sequence number and hash.</returns>
    /// <exception cref="IOException">The write failed; the log is left as it was.</exception>
    public AuditEntry Append(
        AuditEntryKind kind,
        AuditActor? actor,
        ConfidentialityLabel? label,
        string policyVersion,
        IEnumerable<KeyValuePair<string, string>>? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyVersion);
        string? labelXml = label is null ? null : Stanag4774LabelWriter.ToElement(label).ToString(SaveOptions.DisableFormatting);
        ImmutableSortedDictionary<string, string> sortedDetails =
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, details ?? []);

        lock (_gate)
        {
            long sequence = _lastSequence + 1;
            DateTimeOffset now = _time.GetUtcNow();
            // The stored time has 100 ns precision; the entry returned must equal what a reader gets back.
            var time = new DateTimeOffset(now.UtcTicks, TimeSpan.Zero);
            byte[] canonical = AuditEntryCodec.WriteCanonical(sequence, time, kind, actor, labelXml, policyVersion, sortedDetails, _lastHash);
            string hash = AuditEntryCodec.ComputeHash(_lastHash, canonical);
            byte[] line = AuditEntryCodec.FrameLine(canonical, hash);

            long length = _file.Length;
            try
            {
                _file.Seek(length, SeekOrigin.Begin);
                _file.Write(line);
                _file.Flush(flushToDisk: true);
            }
            catch (IOException error)
            {
                Interlocked.Increment(ref _failedAppends);
                Volatile.Write(ref _lastFailure, error.Message);
                // Leave no torn line behind for the next append to build on.
                _file.SetLength(length);
                throw;
            }

            var entry = new AuditEntry(sequence, time, kind, actor, labelXml, policyVersion, sortedDetails, _lastHash, hash);
            _lastSequence = sequence;
            _lastHash = hash;
            _appendedByKind[(int)kind]++;
            Volatile.Write(ref _lastFailure, null);
            return entry;
        }
    }

    /// <summary>Appends a release decision: a permit or deny entry whose details hold the reason, its detail and
    /// whether the label was past review.</summary>
    /// <param name="actor">Who asked.</param>
    /// <param name="label">The label decided on.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="policyVersion">The version of the sharing policy and community data in force.</param>
    /// <returns>The entry as written.</returns>
    public AuditEntry AppendDecision(AuditActor actor, ConfidentialityLabel label, ReleaseDecision decision, string policyVersion)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(label);
        var details = new Dictionary<string, string>
        {
            ["reason"] = decision.Reason.ToString(),
            ["reviewOverdue"] = decision.ReviewOverdue ? "true" : "false",
        };
        if (decision.Detail is { } detail)
        {
            details["detail"] = detail;
        }

        return Append(decision.IsPermitted ? AuditEntryKind.Permit : AuditEntryKind.Deny, actor, label, policyVersion, details);
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    // A crash during a write can leave a last line without its line feed; it was never acknowledged, so drop it.
    private static void DropTornTail(FileStream file)
    {
        long end = file.Length;
        if (end == 0 || ByteAt(file, end - 1) == '\n')
        {
            return;
        }

        file.SetLength(LineStartBefore(file, end));
        file.Flush(flushToDisk: true);
    }

    private static (long Sequence, string Hash) ReadChainEnd(string path, FileStream file)
    {
        long end = file.Length;
        if (end == 0)
        {
            return (0, AuditEntry.GenesisHash);
        }

        long start = LineStartBefore(file, end - 1);
        var line = new byte[end - 1 - start];
        file.Seek(start, SeekOrigin.Begin);
        file.ReadExactly(line);
        if (AuditEntryCodec.Unframe(line, out ReadOnlySpan<byte> canonical, out string hash) is { } problem)
        {
            throw new AuditLogException($"Cannot continue the audit log {path}: its last line is malformed ({problem}).");
        }

        try
        {
            return (AuditEntryCodec.Parse(canonical, hash).Sequence, hash);
        }
        catch (FormatException error)
        {
            throw new AuditLogException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot continue the audit log {path}: its last entry is malformed ({error.Message})."),
                error);
        }
    }

    // The offset just after the last line feed before `end`, or 0.
    private static long LineStartBefore(FileStream file, long end)
    {
        var block = new byte[4096];
        long position = end;
        while (position > 0)
        {
            int count = (int)Math.Min(block.Length, position);
            position -= count;
            file.Seek(position, SeekOrigin.Begin);
            file.ReadExactly(block, 0, count);
            int newline = block.AsSpan(0, count).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }
        }

        return 0;
    }

    private static int ByteAt(FileStream file, long offset)
    {
        file.Seek(offset, SeekOrigin.Begin);
        return file.ReadByte();
    }
}
