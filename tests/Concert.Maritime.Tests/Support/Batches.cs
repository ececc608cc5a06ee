using Concert.Maritime.Ingest;

namespace Concert.Maritime.Tests.Support;

/// <summary>Builds positions and batches for archive tests.</summary>
public static class Batches
{
    public static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static long Micros(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;

    // Without a hash given, one made of the values (the in-memory de-duplication's key; the archive keys by the values
    // and does not store it). The archive's reads return positions without it (AsRead).
    public static PositionRecord Position(uint mmsi, DateTimeOffset time, double latitude, double longitude, ushort label, ulong hash = 0, byte receivers = 1) =>
        new(Micros(time), mmsi, PositionRecord.ToRaw(latitude), PositionRecord.ToRaw(longitude), 100, 900, 90, 0, 1,
            hash == 0 ? (uint)HashCode.Combine(mmsi, time, latitude, longitude) : hash, 1, label, receivers);

    /// <summary>A class A position with every detail the archive keeps set to a value of its own.</summary>
    public static PositionRecord Detailed(uint mmsi, DateTimeOffset time, double latitude, double longitude, ushort label, ushort station) =>
        Position(mmsi, time, latitude, longitude, label) with { HighAccuracy = true, RateOfTurnRaw = -17, StationId = station };

    /// <summary>The position as the archive's reads return it: without its payload hash.</summary>
    public static PositionRecord AsRead(this PositionRecord position) => position with { PayloadHash = 0 };

    /// <summary>
    /// The order of the archive's reads (ReadPathSchema.PositionOrder), written out independently: time, then the stored
    /// values, the receiver count last.
    /// </summary>
    public static IOrderedEnumerable<PositionRecord> InArchiveOrder(this IEnumerable<PositionRecord> positions) => positions
        .OrderBy(p => p.TimeMicros).ThenBy(p => p.Mmsi).ThenBy(p => p.LatitudeRaw).ThenBy(p => p.LongitudeRaw)
        .ThenBy(p => p.SpeedRaw).ThenBy(p => p.CourseRaw).ThenBy(p => p.HeadingRaw).ThenBy(p => p.Status)
        .ThenBy(p => p.MessageType).ThenBy(p => p.HighAccuracy).ThenBy(p => p.RateOfTurnRaw).ThenBy(p => p.AltitudeRaw)
        .ThenBy(p => p.SourceId).ThenBy(p => p.StationId).ThenBy(p => p.LabelId).ThenBy(p => p.Receivers);

    public static IngestBatch Of(params PositionRecord[] positions) => Of(positions, []);

    public static IngestBatch Of(PositionRecord[] positions, ReceiverCountUpdate[] updates) =>
        new(positions, positions.Length, [], updates, new Dictionary<ushort, long>());
}
