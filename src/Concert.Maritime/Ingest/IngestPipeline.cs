using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Concert.Maritime.Archive;
using Concert.Sharing;

namespace Concert.Maritime.Ingest;

/// <summary>
/// Carries decoded records from the feeds to the archive and on to subscribers, in stages joined by bounded channels:
/// feeds → (chunks) → de-duplication and batching → (batches) → archive commit → (committed batches) →
/// <see cref="Committed"/>. A batch is published only after its transaction has committed, so whatever a subscriber has
/// seen survives a crash; publishing runs on a stage of its own, so the next commit overlaps the subscribers' work on
/// the last (the live picture costs as much as the archive).
/// </summary>
/// <remarks>Thread-safe: feeds enqueue from any thread. Start once, complete once.</remarks>
public sealed class IngestPipeline : IAsyncDisposable
{
    // Chunk arrays a feed may be filling or the batch stage reading besides those queued (one per feed, a few feeds).
    private const int ChunkArraysBeyondQueue = 32;
    private readonly PositionArchive _archive;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly Channel<IngestChunk> _chunks;
    private readonly Channel<IngestBatch> _batches;
    private readonly Channel<IngestBatch> _committed;
    private readonly ConcurrentDictionary<ushort, SourceShedding> _shedding = new();
    private readonly ConcurrentDictionary<ushort, string> _sourceNames = new();
    private readonly ConcurrentDictionary<ushort, ConfidentialityLabel> _labels = new();
    private readonly Deduplicator _positionRepeats;
    private readonly Deduplicator _staticRepeats;
    private Task? _running;
    private long _positionsCommitted;
    private long _repeatsMerged;
    private long _batchesCommitted;
    private int _batchesInFlight;
    private TaskCompletionSource _archiveIdle = NewSignal();
    private Exception? _commitFailure;

    /// <summary>Creates a pipeline into <paramref name="archive"/>.</summary>
    /// <param name="archive">Where batches are committed.</param>
    /// <param name="options">Bounds; the defaults when null.</param>
    /// <param name="clock">Time for alerts; the system clock when null.</param>
    public IngestPipeline(PositionArchive archive, IngestOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        _archive = archive;
        _options = options ?? IngestOptions.Default;
        _clock = clock ?? TimeProvider.System;
        _chunks = Channel.CreateBounded<IngestChunk>(new BoundedChannelOptions(_options.QueuedChunks) { SingleReader = true });
        _batches = Channel.CreateBounded<IngestBatch>(new BoundedChannelOptions(_options.QueuedBatches) { SingleReader = true, SingleWriter = true });
        _committed = Channel.CreateBounded<IngestBatch>(new BoundedChannelOptions(_options.QueuedBatches) { SingleReader = true, SingleWriter = true });
        _positionRepeats = new Deduplicator(_options.DeduplicationWindow);
        _staticRepeats = new Deduplicator(_options.DeduplicationWindow);
        ChunkArrays = ArrayPool<PositionRecord>.Create(_options.ChunkSize, _options.QueuedChunks + ChunkArraysBeyondQueue);
    }

    /// <summary>
    /// Raised after each batch is committed, in commit order, on the publishing stage's thread (one at a time). While
    /// handlers run, the next batch commits; when they fall behind by <see cref="IngestOptions.QueuedBatches"/> the commits
    /// wait. The batch's <see cref="IngestBatch.Positions"/> are lent for the handlers' duration only (their memory is
    /// reused after it): copy what you keep.
    /// </summary>
    public event EventHandler<IngestBatch>? Committed;

    /// <summary>Raised when positions are shed, a feed goes down or a subscriber fails.</summary>
    public event EventHandler<IngestAlert>? Alert;

    /// <summary>Raised after each archive transaction with how long it took, before its batch is published.</summary>
    public event EventHandler<TimeSpan>? CommitTimed;

    /// <summary>The archive batches are committed to.</summary>
    public PositionArchive Archive => _archive;

    /// <summary>The pipeline's bounds.</summary>
    public IngestOptions Options => _options;

    /// <summary>The clock used for alerts and for receptions without a time of their own.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>Positions newly stored so far.</summary>
    public long PositionsCommitted => Interlocked.Read(ref _positionsCommitted);

    /// <summary>Receptions merged into an earlier reception of the same message.</summary>
    public long RepeatsMerged => Interlocked.Read(ref _repeatsMerged);

    /// <summary>Batches committed so far.</summary>
    public long BatchesCommitted => Interlocked.Read(ref _batchesCommitted);

    /// <summary>Why the archive refused a batch, after which the pipeline takes no more; null while it has not.</summary>
    public Exception? CommitFailure => Volatile.Read(ref _commitFailure);

    /// <summary>Positions shed from live feeds because the pipeline was full.</summary>
    public long PositionsShed => _shedding.Values.Sum(shedding => shedding.Positions);

    /// <summary>
    /// Where the feeds' chunks rent their positions arrays, and the batch stage returns them: it keeps as many as can be in
    /// flight (a full queue and the chunks being filled and read), so a file ingest allocates none after its first queue.
    /// The shared pool keeps 32 a processor, so it dropped most of a full queue's arrays and the feed then made new ones.
    /// </summary>
    internal ArrayPool<PositionRecord> ChunkArrays { get; }

    /// <summary>Starts the de-duplication and commit stages.</summary>
    public void Start()
    {
        if (_running is not null)
        {
            throw new InvalidOperationException("The pipeline is already running.");
        }
        Task batching = Task.Run(BatchAsync);
        Task committing = Task.Run(CommitAsync);
        Task publishing = Task.Run(PublishAsync);
        _running = Task.WhenAll(batching, committing, publishing);
    }

    /// <summary>Registers a feed by name and returns its stable source id.</summary>
    /// <param name="name">The feed's configured name.</param>
    /// <returns>The source id.</returns>
    public ushort RegisterSource(string name)
    {
        ushort id = _archive.RegisterSource(name);
        _sourceNames[id] = name;
        return id;
    }

    /// <summary>The label stored under <paramref name="labelId"/> by a feed of this pipeline.</summary>
    /// <param name="labelId">The archive's id of the label.</param>
    /// <returns>The label.</returns>
    /// <exception cref="KeyNotFoundException">No feed of this pipeline carries that label.</exception>
    public ConfidentialityLabel LabelOf(ushort labelId) => _labels[labelId];

    /// <summary>Registers a feed's label in the archive and returns its id.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The label's id.</returns>
    public ushort RegisterLabel(ConfidentialityLabel label)
    {
        ushort id = _archive.RegisterLabel(label);
        _labels[id] = label;
        return id;
    }

    /// <summary>Declares that no feed will enqueue more, and waits until everything enqueued is committed and published.</summary>
    /// <returns>A task that completes when the pipeline has drained; it faults if a commit failed.</returns>
    public Task CompleteAsync()
    {
        _chunks.Writer.TryComplete();
        return _running ?? Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _chunks.Writer.TryComplete();
        if (_running is not null)
        {
            await _running.ConfigureAwait(false);
        }
    }

    /// <summary>Hands on a chunk from a feed that can wait (a file): waits while the pipeline is full.</summary>
    internal ValueTask EnqueueAsync(IngestChunk chunk, CancellationToken cancellation) => _chunks.Writer.WriteAsync(chunk, cancellation);

    /// <summary>Hands on a chunk from a live feed, which must not stall: sheds it, counted and alerted, when full.</summary>
    internal bool TryEnqueue(IngestChunk chunk)
    {
        if (_chunks.Writer.TryWrite(chunk))
        {
            return true;
        }
        SourceShedding shedding = _shedding.GetOrAdd(chunk.SourceId, _ => new SourceShedding());
        long total = shedding.Add(chunk.PositionCount);
        DateTimeOffset now = _clock.GetUtcNow();
        if (shedding.ShouldAlert(now))
        {
            string name = _sourceNames.GetValueOrDefault(chunk.SourceId, chunk.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            RaiseAlert(new IngestAlert(now, IngestAlertKind.Shed, name, total,
                $"Ingest is behind: {total} positions from {name} were dropped before archiving."));
        }
        return false;
    }

    internal void RaiseAlert(IngestAlert alert) => Alert?.Invoke(this, alert);

    // Group commit: a batch is cut when it is full, or when nothing more is waiting and the archive is idle. While a
    // commit is in flight the records keep gathering, so a busy archive commits fewer, larger transactions (each costs a
    // log flush and an idempotence check however small) and an idle one commits at once, keeping the picture current.
    private async Task BatchAsync()
    {
        var builder = new BatchBuilder(_options.BatchSize);
        try
        {
            ChannelReader<IngestChunk> reader = _chunks.Reader;
            Task<bool>? moreChunks = null;
            while (true)
            {
                while (reader.TryRead(out IngestChunk? chunk))
                {
                    Add(builder, chunk);
                    chunk.Recycle();
                    if (builder.IsFull)
                    {
                        await SendAsync(builder.Cut()).ConfigureAwait(false);
                    }
                }
                // Read the signal before the count: a commit that ends after the count was read completes this signal.
                TaskCompletionSource archiveIdle = Volatile.Read(ref _archiveIdle);
                if (!builder.IsEmpty && Volatile.Read(ref _batchesInFlight) == 0)
                {
                    await SendAsync(builder.Cut()).ConfigureAwait(false);
                }
                moreChunks ??= reader.WaitToReadAsync().AsTask();
                if (builder.IsEmpty || moreChunks.IsCompleted)
                {
                    bool open = await moreChunks.ConfigureAwait(false);
                    moreChunks = null;
                    if (!open)
                    {
                        break;
                    }
                }
                else
                {
                    await Task.WhenAny(moreChunks, archiveIdle.Task).ConfigureAwait(false);
                }
            }
            if (!builder.IsEmpty)
            {
                await SendAsync(builder.Cut()).ConfigureAwait(false);
            }
            _batches.Writer.TryComplete();
        }
        catch (Exception error)
        {
            _batches.Writer.TryComplete(error);
            _chunks.Writer.TryComplete(error);
            throw;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ValueTask SendAsync(IngestBatch batch)
    {
        Interlocked.Increment(ref _batchesInFlight);
        return _batches.Writer.WriteAsync(batch);
    }

    private void Add(BatchBuilder builder, IngestChunk chunk)
    {
        // The de-duplication table is larger than the caches: each lookup starts the load of the slot a few positions on,
        // so that its cache miss overlaps the work on the ones before.
        const int lookAhead = 8;
        PositionRecord[] positions = chunk.Positions;
        int count = chunk.PositionCount;
        for (int i = 0; i < Math.Min(lookAhead, count); i++)
        {
            _positionRepeats.Prefetch(positions[i].PayloadHash);
        }
        for (int i = 0; i < count; i++)
        {
            if (i + lookAhead < count)
            {
                _positionRepeats.Prefetch(positions[i + lookAhead].PayloadHash);
            }
            ref readonly PositionRecord position = ref positions[i];
            if (_positionRepeats.IsRepeat(position.PayloadHash, position.TimeMicros, builder.Generation, builder.PositionCount, out Deduplicator.FirstReception first))
            {
                Interlocked.Increment(ref _repeatsMerged);
                builder.AddRepeat(position, first);
                continue;
            }
            builder.Add(position);
        }
        foreach (VesselStaticRecord report in chunk.Statics)
        {
            if (!_staticRepeats.IsRepeat(report.PayloadHash, report.TimeMicros, builder.Generation, -1, out _))
            {
                builder.Add(report);
            }
        }
        builder.Reached(chunk.SourceId, chunk.LastSequence);
    }

    private async Task CommitAsync()
    {
        try
        {
            await foreach (IngestBatch batch in _batches.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                long started = Stopwatch.GetTimestamp();
                int added = _archive.Commit(batch);
                CommitTimed?.Invoke(this, Stopwatch.GetElapsedTime(started));
                Interlocked.Add(ref _positionsCommitted, added);
                Interlocked.Increment(ref _batchesCommitted);
                await _committed.Writer.WriteAsync(batch).ConfigureAwait(false);
                if (Interlocked.Decrement(ref _batchesInFlight) == 0)
                {
                    Interlocked.Exchange(ref _archiveIdle, NewSignal()).TrySetResult();
                }
            }
            _committed.Writer.TryComplete();
        }
        catch (Exception error)
        {
            // The archive cannot take more: close every channel so that nothing waits for room that will never come.
            // Feeds then fail on their next hand-off, and CompleteAsync reports this error. What was committed before is
            // still published.
            Volatile.Write(ref _commitFailure, error);
            _committed.Writer.TryComplete();
            _batches.Writer.TryComplete(error);
            _chunks.Writer.TryComplete(error);
            throw;
        }
    }

    private async Task PublishAsync()
    {
        await foreach (IngestBatch batch in _committed.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Publish(batch);
            // Subscribers have had it: its positions' array goes back for a later batch (a fresh one of that size would be
            // a large-object allocation, zeroed and faulted in page by page, every batch).
            BatchBuilder.Recycle(batch);
        }
    }

    private void Publish(IngestBatch batch)
    {
        try
        {
            Committed?.Invoke(this, batch);
        }
#pragma warning disable CA1031 // The batch is archived; a failing subscriber must not stop ingest. It is reported instead.
        catch (Exception error)
#pragma warning restore CA1031
        {
            RaiseAlert(new IngestAlert(_clock.GetUtcNow(), IngestAlertKind.SubscriberFailed, null, batch.Positions.Length,
                $"A subscriber failed on a committed batch: {error.Message}"));
        }
    }
}
