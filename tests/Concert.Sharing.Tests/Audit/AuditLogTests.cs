using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concert.Sharing.Audit;

namespace Concert.Sharing.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("concert-audit-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private static readonly AuditActor Analyst =
        new("analyst.kim", Trigraph.Parse("KOR"), Classification.Secret, ["NATO-IP4"], ["CRYPTO"]);

    private static readonly ConfidentialityLabel Label = new(
        "CONCERT", Classification.Restricted, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        NationSet.Of(Trigraph.Parse("KOR")), [BuiltInCommunities.Nato]);

    private string LogPath => Path.Combine(_directory, "audit.jsonl");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_the_documented_canonical_line()
    {
        using AuditLog log = AuditLog.Open(LogPath, _clock);

        log.Append(AuditEntryKind.SignIn, Analyst, null, "policy-7", [new("result", "success"), new("method", "password")]);

        string expectedEntry =
            "{\"actor\":{\"caveats\":[\"CRYPTO\"],\"clearance\":\"SECRET\",\"communities\":[\"NATO-IP4\"],\"nation\":\"KOR\",\"user\":\"analyst.kim\"}," +
            "\"details\":{\"method\":\"password\",\"result\":\"success\"},\"kind\":\"sign-in\",\"label\":null,\"policyVersion\":\"policy-7\"," +
            "\"previousHash\":\"" + new string('0', 64) + "\",\"sequence\":1,\"time\":\"2026-11-27T12:00:00.0000000Z\"}";
        // Independent hash: SHA-256 over 32 zero bytes and the entry bytes.
        string expectedHash = Convert.ToHexStringLower(SHA256.HashData([.. new byte[32], .. Encoding.UTF8.GetBytes(expectedEntry)]));
        Assert.Equal("{\"entry\":" + expectedEntry + ",\"hash\":\"" + expectedHash + "\"}\n", File.ReadAllText(LogPath));
        Assert.Equal(expectedHash, log.LastHash);
    }

    [Fact]
    public void Chains_each_entry_to_the_one_before()
    {
        using AuditLog log = AuditLog.Open(LogPath, _clock);
        AuditEntry first = log.Append(AuditEntryKind.AdminChange, null, null, "policy-7", [new("changed", "community CONCERT")]);
        _clock.Now = _clock.Now.AddTicks(1234567);
        AuditEntry second = log.AppendDecision(Analyst, Label, new ReleaseDecision(ReleaseReason.MissingCaveat, "ATOMAL", ReviewOverdue: true), "policy-7");

        string[] lines = File.ReadAllLines(LogPath);
        string secondEntry = lines[1]["{\"entry\":".Length..lines[1].IndexOf(",\"hash\":", StringComparison.Ordinal)];
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(first.Hash), .. Encoding.UTF8.GetBytes(secondEntry)])),
            second.Hash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(AuditEntryKind.Deny, second.Kind);
        Assert.Equal("2026-11-27T12:00:00.1234567Z", second.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Assert.Equal(["detail", "reason", "reviewOverdue"], second.Details.Keys);
        Assert.Equal("MissingCaveat", second.Details["reason"]);
        Assert.Contains("<slab:PolicyIdentifier>CONCERT</slab:PolicyIdentifier>", second.Label, StringComparison.Ordinal);
        Assert.Equal(second, AuditEntryCodec.Parse(Encoding.UTF8.GetBytes(secondEntry), second.Hash));

        AuditVerification verification = AuditLogVerifier.Verify(LogPath);
        Assert.True(verification.IsIntact);
        Assert.Equal(2, verification.IntactEntries);
        Assert.Equal(second.Hash, verification.LastHash);
        Assert.Equal($"Intact: 2 entries, last hash {second.Hash}.", verification.ToString());
    }

    [Fact]
    public void Reopening_continues_the_chain()
    {
        using (AuditLog log = AuditLog.Open(LogPath, _clock))
        {
            log.Append(AuditEntryKind.SignIn, Analyst, null, "policy-7");
            log.Append(AuditEntryKind.Export, Analyst, Label, "policy-7", [new("target", "report.pdf")]);
        }

        using AuditLog reopened = AuditLog.Open(LogPath, _clock);
        Assert.Equal(2, reopened.LastSequence);
        AuditEntry third = reopened.Append(AuditEntryKind.Permit, Analyst, Label, "policy-7");

        Assert.Equal(3, third.Sequence);
        Assert.True(AuditLogVerifier.Verify(LogPath).IsIntact);
    }

    [Fact]
    public void Concurrent_appends_form_one_chain()
    {
        using (AuditLog log = AuditLog.Open(LogPath, _clock))
        {
            Parallel.For(0, 200, index => log.Append(AuditEntryKind.Permit, Analyst, Label, "policy-7", [new("request", index.ToString(CultureInfo.InvariantCulture))]));
            Assert.Equal(200, log.LastSequence);
        }

        AuditVerification verification = AuditLogVerifier.Verify(LogPath);
        Assert.True(verification.IsIntact, verification.ToString());
        Assert.Equal(200, verification.IntactEntries);
    }

    [Fact]
    public void An_actor_records_the_subject_attributes()
    {
        var subject = new SharingSubject(Trigraph.Parse("JPN"), Classification.TopSecret, [BuiltInCommunities.FiveEyes], ["SIOP", "CRYPTO"]);

        Assert.Equal(
            new AuditActor("officer.sato", Trigraph.Parse("JPN"), Classification.TopSecret, ["FVEY"], ["CRYPTO", "SIOP"]),
            AuditActor.From("officer.sato", subject));
    }

    [Fact]
    public void An_empty_log_is_intact()
    {
        using (AuditLog.Open(LogPath, _clock))
        {
        }

        AuditVerification verification = AuditLogVerifier.Verify(LogPath);
        Assert.True(verification.IsIntact);
        Assert.Equal(0, verification.IntactEntries);
        Assert.Equal(AuditEntry.GenesisHash, verification.LastHash);
    }

    [Fact]
    public void A_write_torn_by_a_crash_is_reported_and_dropped_on_open()
    {
        WriteLog(2);
        File.AppendAllText(LogPath, "{\"entry\":{\"actor\":nu");

        AuditVerification verification = AuditLogVerifier.Verify(LogPath);
        Assert.Equal(new AuditBreak(3, AuditBreakReason.IncompleteLastEntry, "Entry 3 is broken (IncompleteLastEntry): the last line has no line feed (an unfinished or truncated write)."), verification.FirstBreak);
        Assert.Equal(2, verification.IntactEntries);

        using (AuditLog log = AuditLog.Open(LogPath, _clock))
        {
            Assert.Equal(3, log.Append(AuditEntryKind.SignIn, Analyst, null, "policy-7").Sequence);
        }

        Assert.True(AuditLogVerifier.Verify(LogPath).IsIntact);
    }

    [Fact]
    public void Refuses_to_continue_a_log_whose_last_entry_is_malformed()
    {
        WriteLog(2);
        File.AppendAllText(LogPath, "not an entry\n");

        AuditLogException error = Assert.Throws<AuditLogException>(() => AuditLog.Open(LogPath, _clock));
        Assert.Equal($"Cannot continue the audit log {LogPath}: its last line is malformed (the line is not {{\"entry\":…,\"hash\":\"…\"}}).", error.Message);
    }

    [Fact]
    public void Removing_or_reordering_entries_is_detected()
    {
        string[] lines = WriteLog(4);

        AssertBroken(Join(lines[0], lines[2], lines[3]), 2, AuditBreakReason.SequenceOutOfOrder);
        AssertBroken(Join(lines[1], lines[0], lines[2], lines[3]), 1, AuditBreakReason.SequenceOutOfOrder);
        AssertBroken(Join(lines[0], lines[1], lines[1], lines[2]), 3, AuditBreakReason.SequenceOutOfOrder);

        // Cutting entries off the end leaves a shorter chain that verifies: only an anchored last hash shows it.
        AuditVerification shortened = AuditLogVerifier.Verify(new MemoryStream(Encoding.UTF8.GetBytes(Join(lines[0], lines[1]))));
        Assert.True(shortened.IsIntact);
        Assert.NotEqual(AuditLogVerifier.Verify(LogPath).LastHash, shortened.LastHash);
    }

    [Fact]
    public void A_rewritten_entry_with_a_recomputed_hash_breaks_the_next_link()
    {
        string[] lines = WriteLog(3);
        string entry = lines[1]["{\"entry\":".Length..lines[1].IndexOf(",\"hash\":", StringComparison.Ordinal)];
        string previousHash = lines[0][^66..^2];
        string forged = entry.Replace("\"reason\":\"NotReleasable\"", "\"reason\":\"ReleasableToNation\"", StringComparison.Ordinal)
            .Replace("\"kind\":\"deny\"", "\"kind\":\"permit\"", StringComparison.Ordinal);
        Assert.NotEqual(entry, forged);
        string forgedLine = "{\"entry\":" + forged + ",\"hash\":\"" + AuditEntryCodec.ComputeHash(previousHash, Encoding.UTF8.GetBytes(forged)) + "\"}";

        AssertBroken(Join(lines[0], forgedLine, lines[2]), 3, AuditBreakReason.PreviousHashMismatch);
    }

    // Every single-byte change anywhere in any entry, its line feed included, is detected at that entry.
    [Fact]
    public void Tampering_with_any_byte_of_any_entry_names_that_entry()
    {
        WriteLog(3);
        byte[] original = File.ReadAllBytes(LogPath);
        int[] lineStarts = [0, .. original.Select((value, index) => (value, index)).Where(pair => pair.value == '\n').Select(pair => pair.index + 1)];
        int checkedChanges = 0;

        for (int entry = 1; entry <= 3; entry++)
        {
            for (int position = lineStarts[entry - 1]; position < lineStarts[entry]; position++)
            {
                foreach (byte replacement in Replacements(original[position]))
                {
                    byte[] tampered = (byte[])original.Clone();
                    tampered[position] = replacement;

                    AuditVerification verification = AuditLogVerifier.Verify(new MemoryStream(tampered));

                    Assert.False(verification.IsIntact, $"byte {position} (entry {entry}) set to 0x{replacement:x2} went unnoticed");
                    Assert.Equal(entry, verification.FirstBreak!.EntryNumber);
                    Assert.Equal(entry - 1, verification.IntactEntries);
                    checkedChanges++;
                }
            }
        }

        Assert.True(checkedChanges > 3 * 4 * 500, $"only {checkedChanges} changes tried");

        // The file-based entry point reports the same.
        byte[] onDisk = (byte[])original.Clone();
        onDisk[lineStarts[1] + 40] ^= 0x01;
        File.WriteAllBytes(LogPath, onDisk);
        Assert.Equal(2, AuditLogVerifier.Verify(LogPath).FirstBreak!.EntryNumber);
    }

    private static IEnumerable<byte> Replacements(byte original)
    {
        byte[] candidates = [(byte)(original ^ 0x01), (byte)(original ^ 0x20), (byte)(original ^ 0x80), (byte)'\n'];
        return candidates.Where(candidate => candidate != original).Distinct();
    }

    private static string Join(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));

    private static void AssertBroken(string log, long entryNumber, AuditBreakReason reason)
    {
        AuditVerification verification = AuditLogVerifier.Verify(new MemoryStream(Encoding.UTF8.GetBytes(log)));

        Assert.Equal(entryNumber, verification.FirstBreak?.EntryNumber);
        Assert.Equal(reason, verification.FirstBreak?.Reason);
    }

    private string[] WriteLog(int entries)
    {
        using (AuditLog log = AuditLog.Open(LogPath, _clock))
        {
            for (int index = 0; index < entries; index++)
            {
                _clock.Now = _clock.Now.AddSeconds(1);
                if (index % 2 == 0)
                {
                    log.Append(AuditEntryKind.SignIn, Analyst, null, "policy-7", [new("result", "success")]);
                }
                else
                {
                    log.AppendDecision(Analyst, Label, new ReleaseDecision(ReleaseReason.NotReleasable, null, ReviewOverdue: false), "policy-7");
                }
            }
        }

        return File.ReadAllLines(LogPath);
    }
}
