using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Gathers one feed's records into chunks and hands them to the pipeline: waiting when the pipeline is full for a file
/// (nothing is lost), shedding for a live feed (a stalled archive must not stall the socket). Not thread-safe.
/// </summary>
internal sealed class FeedRecordWriter(IngestPipeline pipeline, ushort sourceId, ushort labelId, FeedStatistics statistics)
{
    private IngestChunk _chunk = new(sourceId, pipeline.Options.ChunkSize, pipeline.ChunkArrays);

    // The archive's ids of the receiving stations this feed has named, and the last one asked for: a feed's stations
    // are few and the tag block parser interns their names, so a steady stream mostly finds the same string again.
    private readonly Dictionary<string, ushort> _stations = new(StringComparer.Ordinal);
    private string? _lastStation;
    private ushort _lastStationId;

    public ushort SourceId => sourceId;

    public ushort LabelId => labelId;

    public FeedStatistics Statistics => statistics;

    public TimeProvider Clock => pipeline.Clock;

    /// <summary>True when the chunk is full and must be handed on before more records are added.</summary>
    public bool IsFull => _chunk.IsFull;

    /// <summary>
    /// The archive's id of the receiving station <paramref name="station"/> (tag block <c>s:</c>), registered on first
    /// sight (which waits for a commit in progress, once per station); <see cref="PositionRecord.NoStation"/> when
    /// there is none.
    /// </summary>
    public ushort StationId(string? station)
    {
        if (string.IsNullOrEmpty(station))
        {
            return PositionRecord.NoStation;
        }
        if (!ReferenceEquals(station, _lastStation))
        {
            if (!_stations.TryGetValue(station, out _lastStationId))
            {
                _lastStationId = pipeline.Archive.RegisterStation(station);
                _stations.Add(station, _lastStationId);
            }
            _lastStation = station;
        }
        return _lastStationId;
    }

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
        _chunk = new IngestChunk(sourceId, pipeline.Options.ChunkSize, pipeline.ChunkArrays);
        return full;
    }
}
