using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Gathers one feed's records into chunks and hands them to the pipeline: waiting when the pipeline is full for a file
/// (nothing is lost), shedding for a live feed (a stalled archive must not stall the socket). Not thread-safe.
/// </summary>
internal sealed class FeedRecordWriter(IngestPipeline pipeline, ushort sourceId, ushort labelId, FeedStatistics statistics)
{
    private IngestChunk _chunk = new(sourceId, pipeline.Options.ChunkSize);

    public ushort SourceId => sourceId;

    public ushort LabelId => labelId;

    public FeedStatistics Statistics => statistics;

    public TimeProvider Clock => pipeline.Clock;

    /// <summary>True when the chunk is full and must be handed on before more records are added.</summary>
    public bool IsFull => _chunk.IsFull;

    public void Add(in PositionRecord position)
    {
        _chunk.Add(position);
        statistics.AddPosition();
    }

    public void Add(VesselStaticRecord report)
    {
        _chunk.Statics.Add(report);
        statistics.AddStatic();
    }

    /// <summary>Hands the chunk on, waiting while the pipeline is full (files).</summary>
    public async ValueTask FlushAsync(long sequence, CancellationToken cancellation)
    {
        _chunk.LastSequence = sequence;
        await pipeline.EnqueueAsync(Cut(), cancellation).ConfigureAwait(false);
    }

    /// <summary>Hands the chunk on if the pipeline has room, or sheds it (live feeds).</summary>
    public void FlushOrShed(long sequence)
    {
        if (_chunk.IsEmpty)
        {
            return;
        }
        _chunk.LastSequence = sequence;
        pipeline.TryEnqueue(Cut());
    }

    private IngestChunk Cut()
    {
        IngestChunk full = _chunk;
        _chunk = new IngestChunk(sourceId, pipeline.Options.ChunkSize);
        return full;
    }
}
