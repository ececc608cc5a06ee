using Concert.Maritime.Ingest;

namespace Concert.Maritime.Tests.Support;

/// <summary>Builds positions and batches for archive tests.</summary>
public static class Batches
{
    public static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static long Micros(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;

    // Without a hash given, a 32-bit one, which the archive stores whole, so the position reads back equal to itself;
    // StoredHashTests and ReadPathEquivalenceTests give wider hashes.
    public static PositionRecord Position(uint mmsi, DateTimeOffset time, double latitude, double longitude, ushort label, ulong hash = 0, byte receivers = 1) =>
        new(Micros(time), mmsi, PositionRecord.ToRaw(latitude), PositionRecord.ToRaw(longitude), 100, 900, 90, 0, 1,
            hash == 0 ? (uint)HashCode.Combine(mmsi, time, latitude, longitude) : hash, 1, label, receivers);

    public static IngestBatch Of(params PositionRecord[] positions) => Of(positions, []);

    public static IngestBatch Of(PositionRecord[] positions, ReceiverCountUpdate[] updates) =>
        new(positions, positions.Length, [], updates, new Dictionary<ushort, long>());
}
