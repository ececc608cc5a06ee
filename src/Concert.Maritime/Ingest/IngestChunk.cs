using System.Buffers;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Records one feed decoded since its last flush, carried through the first bounded channel as a unit so that the
/// channel's cost is paid per thousand records, not per record.
/// </summary>
/// <remarks>
/// The positions array is rented from the pipeline's pool (<see cref="IngestPipeline.ChunkArrays"/>) and goes back once
/// the batch stage has copied the records (<see cref="Recycle"/>): a fresh 48 KB array per thousand positions was a third
/// of everything ingest allocated, and the collections it caused stop every stage. A chunk that is shed is simply
/// dropped; its array is collected.
/// </remarks>
internal sealed class IngestChunk
{
    private readonly int _capacity;
    private readonly ArrayPool<PositionRecord> _arrays;

    public IngestChunk(ushort sourceId, int capacity, ArrayPool<PositionRecord> arrays)
    {
        SourceId = sourceId;
        _capacity = capacity;
        _arrays = arrays;
        Positions = arrays.Rent(capacity);
    }

    public ushort SourceId { get; }

    public PositionRecord[] Positions { get; }

    public int PositionCount { get; private set; }

    public List<VesselStaticRecord> Statics { get; } = [];

    /// <summary>The feed's sequence number (lines or datagrams read) when the chunk was flushed.</summary>
    public long LastSequence { get; set; }

    public bool IsFull => PositionCount == _capacity;

    public bool IsEmpty => PositionCount == 0 && Statics.Count == 0;

    public void Add(in PositionRecord position) => Positions[PositionCount++] = position;

    /// <summary>Returns the positions array to the pool; the chunk must not be read after this.</summary>
    public void Recycle() => _arrays.Return(Positions);
}
