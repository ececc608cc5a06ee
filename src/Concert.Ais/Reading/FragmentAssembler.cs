using Concert.Ais.Nmea;

namespace Concert.Ais.Reading;

/// <summary>
/// Joins the sentences of multi-sentence messages. Tolerates interleaved messages, repeated fragments and fragments out
/// of order, and keeps memory bounded: at most <see cref="AisReaderOptions.MaxPendingMessages"/> messages wait at once, each
/// for at most <see cref="AisReaderOptions.FragmentMaxAgeLines"/> lines. Every dropped line is counted in the statistics.
/// </summary>
/// <remarks>Allocation-free once its pool has grown to the number of messages pending at once. Not thread-safe.</remarks>
internal sealed class FragmentAssembler
{
    private readonly Dictionary<FragmentKey, PendingMessage> _pending;
    private readonly Stack<PendingMessage> _pool = new();
    private readonly AisStatistics _statistics;
    private readonly int _maxPending;
    private readonly int _maxAgeLines;
    private long _oldestFirstLine = long.MaxValue;

    public FragmentAssembler(AisReaderOptions options, AisStatistics statistics)
    {
        _maxPending = options.MaxPendingMessages;
        _maxAgeLines = options.FragmentMaxAgeLines;
        _statistics = statistics;
        _pending = new Dictionary<FragmentKey, PendingMessage>(Math.Min(_maxPending, 4096));
    }

    /// <summary>Messages waiting for fragments.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>
    /// Adds one fragment. Returns <see cref="AisDecodeStatus.Ok"/> with <paramref name="complete"/> set when it finished its
    /// message (the caller decodes it, then calls <see cref="Release"/>), <see cref="AisDecodeStatus.Ok"/> with null when
    /// it is held, or the reason the line is rejected.
    /// </summary>
    public AisDecodeStatus Add(in NmeaSentence sentence, FragmentKey key, in AisMetadata metadata, long line, out PendingMessage? complete)
    {
        complete = null;
        if (sentence.Payload.Length > PendingMessage.MaxPayloadCharacters)
        {
            return AisDecodeStatus.WrongBitLength;
        }
        if (_pending.TryGetValue(key, out PendingMessage? message))
        {
            if (message.Total == sentence.FragmentCount && message.Holds(sentence.FragmentNumber, sentence.Payload))
            {
                return AisDecodeStatus.DuplicateFragment;
            }
            if (message.Total != sentence.FragmentCount || message.Has(sentence.FragmentNumber))
            {
                // Same key, different message: the sequential id came round again before the old one was finished.
                Drop(message, AisDecodeStatus.OrphanFragment);
                message = null;
            }
        }
        if (message is null)
        {
            if (_pending.Count >= _maxPending)
            {
                Drop(Oldest(), AisDecodeStatus.EvictedFragment);
            }
            message = _pool.Count > 0 ? _pool.Pop() : new PendingMessage();
            message.Start(key, sentence.FragmentCount, line);
            _pending.Add(key, message);
            _oldestFirstLine = Math.Min(_oldestFirstLine, line);
        }
        message.Store(sentence.FragmentNumber, sentence.Payload, sentence.FillBits, metadata);
        _statistics.CountPending(1);
        if (message.IsComplete)
        {
            _pending.Remove(key);
            _statistics.CountPending(-message.Total);
            complete = message;
        }
        return AisDecodeStatus.Ok;
    }

    /// <summary>Returns a completed message's buffers to the pool.</summary>
    public void Release(PendingMessage message) => _pool.Push(message);

    /// <summary>Drops the messages whose first fragment arrived more than the age limit before <paramref name="line"/>.</summary>
    public void Expire(long line)
    {
        long cutoff = line - _maxAgeLines;
        if (_oldestFirstLine >= cutoff)
        {
            return;
        }
        _oldestFirstLine = long.MaxValue;
        foreach (PendingMessage message in _pending.Values)
        {
            if (message.FirstLine < cutoff)
            {
                Drop(message, AisDecodeStatus.OrphanFragment);
            }
            else
            {
                _oldestFirstLine = Math.Min(_oldestFirstLine, message.FirstLine);
            }
        }
    }

    /// <summary>Drops every pending message as orphaned: the input has ended.</summary>
    public void Flush()
    {
        foreach (PendingMessage message in _pending.Values)
        {
            Drop(message, AisDecodeStatus.OrphanFragment);
        }
        _oldestFirstLine = long.MaxValue;
    }

    private PendingMessage Oldest()
    {
        PendingMessage? oldest = null;
        foreach (PendingMessage message in _pending.Values)
        {
            if (oldest is null || message.FirstLine < oldest.FirstLine)
            {
                oldest = message;
            }
        }
        return oldest!;
    }

    private void Drop(PendingMessage message, AisDecodeStatus reason)
    {
        _pending.Remove(message.Key);
        _statistics.CountPending(-message.Received);
        _statistics.CountRejected(reason, message.Received);
        _pool.Push(message);
    }
}
