namespace Concert.Maritime.Ingest;

/// <summary>
/// Records one feed decoded since its last flush, carried through the first bounded channel as a unit so that the
/// channel's cost is paid per thousand records, not per record.
/// </summary>
internal sealed class IngestChunk
{
    public IngestChunk(ushort sourceId, int capacity)
    {
        SourceId = sourceId;
        Positions = new PositionRecord[capacity];
    }

    public ushort SourceId { get; }

    public PositionRecord[] Positions { get; }

    public int PositionCount { get; private set; }

    public List<VesselStaticRecord> Statics { get; } = [];

    /// <summary>The feed's sequence number (lines or datagrams read) when the chunk was flushed.</summary>
    public long LastSequence { get; set; }

    public bool IsFull => PositionCount == Positions.Length;

    public bool IsEmpty => PositionCount == 0 && Statics.Count == 0;

    public void Add(in PositionRecord position) => Positions[PositionCount++] = position;
}
