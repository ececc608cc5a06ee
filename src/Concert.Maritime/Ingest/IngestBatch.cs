namespace Concert.Maritime.Ingest;

/// <summary>
/// What one archive transaction stores: de-duplicated positions and statics, receiver counts to raise, and how far
/// each source had been read when the batch was cut. Once committed it is published as it is; treat as read-only.
/// </summary>
public sealed class IngestBatch
{
    internal IngestBatch(
        PositionRecord[] positions,
        int positionCount,
        IReadOnlyList<VesselStaticRecord> statics,
        IReadOnlyList<ReceiverCountUpdate> receiverUpdates,
        IReadOnlyDictionary<ushort, long> lastSequences)
    {
        PositionArray = positions;
        Positions = positions.AsMemory(0, positionCount);
        Statics = statics;
        ReceiverUpdates = receiverUpdates;
        LastSequences = lastSequences;
    }

    /// <summary>
    /// New positions, each the first reception of its message, in arrival order. Valid until the
    /// <see cref="IngestPipeline.Committed"/> handlers have returned; the pipeline then reuses the memory.
    /// </summary>
    public ReadOnlyMemory<PositionRecord> Positions { get; }

    /// <summary>New static and voyage reports.</summary>
    public IReadOnlyList<VesselStaticRecord> Statics { get; }

    /// <summary>Receiver counts of positions stored by an earlier batch, raised by later receptions.</summary>
    public IReadOnlyList<ReceiverCountUpdate> ReceiverUpdates { get; }

    /// <summary>For each source id, the sequence number (line or datagram count) of the last input the batch includes.</summary>
    public IReadOnlyDictionary<ushort, long> LastSequences { get; }

    internal PositionRecord[] PositionArray { get; }
}
