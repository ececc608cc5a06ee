namespace Concert.Maritime.Ingest;

/// <summary>
/// A reception of a message that was already committed, heard by another receiver inside the de-duplication window:
/// the stored position's receiver count is raised to <paramref name="Receivers"/>; no new position is stored.
/// </summary>
/// <param name="TimeMicros">The stored position's time (its first reception).</param>
/// <param name="Mmsi">The vessel.</param>
/// <param name="PayloadHash">The stored position's payload hash.</param>
/// <param name="Receivers">The receptions counted so far.</param>
public readonly record struct ReceiverCountUpdate(long TimeMicros, uint Mmsi, ulong PayloadHash, byte Receivers)
{
    /// <summary>The part of <see cref="PayloadHash"/> the archive stores: as <see cref="PositionRecord.StoredHash"/>.</summary>
    public uint StoredHash => (uint)PayloadHash;
}
