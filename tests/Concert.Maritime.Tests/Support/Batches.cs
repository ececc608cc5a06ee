using Concert.Maritime.Ingest;

namespace Concert.Maritime.Tests.Support;

/// <summary>Builds positions and batches for archive tests.</summary>
public static class Batches
{
    public static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static long Micros(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;

    // Without a hash given, a 32-bit one, which the archive stores whole; StoredHashTests and ReadPathEquivalenceTests
    // give wider hashes. The archive's reads return positions without it (AsRead).
    public static PositionRecord Position(uint mmsi, DateTimeOffset time, double latitude, double longitude, ushort label, ulong hash = 0, byte receivers = 1) =>
        new(Micros(time), mmsi, PositionRecord.ToRaw(latitude), PositionRecord.ToRaw(longitude), 100, 900, 90, 0, 1,
            hash == 0 ? (uint)HashCode.Combine(mmsi, time, latitude, longitude) : hash, 1, label, receivers);

    /// <summary>The position as the archive's reads return it: without its payload hash.</summary>
    public static PositionRecord AsRead(this PositionRecord position) => position with { PayloadHash = 0 };

    /// <summary>
    /// The order of the archive's reads (ReadPathSchema.PositionOrder), written out independently: time, then the stored
    /// values, the receiver count last.
    /// </summary>
    public static IOrderedEnumerable<PositionRecord> InArchiveOrder(this IEnumerable<PositionRecord> positions) => positions
        .OrderBy(p => p.TimeMicros).ThenBy(p => p.Mmsi).ThenBy(p => p.LatitudeRaw).ThenBy(p => p.LongitudeRaw)
        .ThenBy(p => p.SpeedRaw).ThenBy(p => p.CourseRaw).ThenBy(p => p.HeadingRaw).ThenBy(p => p.Status)
        .ThenBy(p => p.MessageType).ThenBy(p => p.SourceId).ThenBy(p => p.LabelId).ThenBy(p => p.Receivers);

    public static IngestBatch Of(params PositionRecord[] positions) => Of(positions, []);

    public static IngestBatch Of(PositionRecord[] positions, ReceiverCountUpdate[] updates) =>
        new(positions, positions.Length, [], updates, new Dictionary<ushort, long>());
}
