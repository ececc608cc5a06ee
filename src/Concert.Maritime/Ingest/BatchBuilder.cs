using System.Buffers;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Gathers de-duplicated records into the next <see cref="IngestBatch"/>. Each batch has a generation number so that a
/// repeat can tell whether its first reception is still in the batch being built (raise its count in place) or already
/// on its way to the archive (send a <see cref="ReceiverCountUpdate"/>). Position arrays are rented from the shared
/// array pool and go back to it once their batch is published (<see cref="Recycle"/>).
/// </summary>
internal sealed class BatchBuilder(int batchSize)
{
    private PositionRecord[] _positions = ArrayPool<PositionRecord>.Shared.Rent(Math.Min(batchSize, 4096));
    private List<VesselStaticRecord> _statics = [];
    private List<ReceiverCountUpdate> _updates = [];
    private Dictionary<ushort, long> _sequences = [];

    public int Generation { get; private set; }

    public int PositionCount { get; private set; }

    /// <summary>True at the batch size; a chunk is never split, so a batch may pass it by less than a chunk.</summary>
    public bool IsFull => PositionCount >= batchSize;

    public bool IsEmpty => PositionCount == 0 && _statics.Count == 0 && _updates.Count == 0 && _sequences.Count == 0;

    public void Add(in PositionRecord position)
    {
        if (PositionCount == _positions.Length)
        {
            PositionRecord[] larger = ArrayPool<PositionRecord>.Shared.Rent(_positions.Length * 2);
            _positions.AsSpan().CopyTo(larger);
            ArrayPool<PositionRecord>.Shared.Return(_positions);
            _positions = larger;
        }
        _positions[PositionCount++] = position with { Receivers = 1 };
    }

    public void Add(VesselStaticRecord report) => _statics.Add(report);

    public void AddRepeat(in PositionRecord repeat, Deduplicator.FirstReception first)
    {
        if (first.BatchGeneration == Generation)
        {
            ref PositionRecord stored = ref _positions[first.BatchIndex];
            stored = stored with { Receivers = first.Receptions };
        }
        else
        {
            _updates.Add(new ReceiverCountUpdate(repeat with { TimeMicros = first.TimeMicros }, first.Receptions));
        }
    }

    public void Reached(ushort sourceId, long sequence) => _sequences[sourceId] = sequence;

    public IngestBatch Cut()
    {
        var batch = new IngestBatch(_positions, PositionCount, _statics, _updates, _sequences);
        _positions = ArrayPool<PositionRecord>.Shared.Rent(_positions.Length);
        _statics = [];
        _updates = [];
        _sequences = [];
        PositionCount = 0;
        Generation++;
        return batch;
    }

    /// <summary>Returns a published batch's positions array to the pool; the batch must not be read after this.</summary>
    public static void Recycle(IngestBatch batch) => ArrayPool<PositionRecord>.Shared.Return(batch.PositionArray);
}
