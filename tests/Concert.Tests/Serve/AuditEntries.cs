using Concert.Sharing.Audit;

namespace Concert.Tests.Serve;

/// <summary>Reads what a test host wrote to its audit log.</summary>
internal static class AuditEntries
{
    public static List<AuditEntry> After(ConcertTestHost host, long sequence) =>
        [.. AuditLogReader.ReadEntries(host.AuditLogPath).Where(entry => entry.Sequence > sequence)];

    public static long Last(ConcertTestHost host) => AuditLogReader.ReadEntries(host.AuditLogPath).LastOrDefault()?.Sequence ?? 0;
}
