namespace Concert.Maritime.Ingest;

/// <summary>Bounds of the ingest pipeline: how much it may hold between stages, and the de-duplication window.</summary>
public sealed record IngestOptions
{
    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>Records a feed gathers before handing them on (a feed also hands on whatever it has when its input pauses).</summary>
    public int ChunkSize { get; init; } = 1024;

    /// <summary>
    /// Chunks that may wait between the feeds and de-duplication. When full, file feeds wait; live feeds shed the chunk,
    /// count it and raise an <see cref="IngestAlert"/>, so a slow archive never grows memory without bound.
    /// </summary>
    public int QueuedChunks { get; init; } = 256;

    /// <summary>
    /// The most positions committed in one archive transaction. Batches are cut smaller when the archive is idle, so this
    /// bounds a busy archive's transactions (each costs a log flush) and the memory a batch holds (40 bytes a position).
    /// </summary>
    public int BatchSize { get; init; } = 131_072;

    /// <summary>Batches that may wait for the archive.</summary>
    public int QueuedBatches { get; init; } = 2;

    /// <summary>Receptions of the same payload within this time of the first are one message heard by several receivers.</summary>
    public TimeSpan DeduplicationWindow { get; init; } = TimeSpan.FromSeconds(30);
}
