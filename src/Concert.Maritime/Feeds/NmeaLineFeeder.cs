using Concert.Ais;
using Concert.Ais.Bits;
using Concert.Ais.Reading;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Cuts a byte stream (file reads, TCP segments, UDP datagrams) into lines and decodes them into a
/// <see cref="FeedRecordWriter"/>, copying the decoder's counts into the feed's statistics. A line longer than the
/// decoder accepts is skipped up to its end and counted. Not thread-safe.
/// </summary>
internal sealed class NmeaLineFeeder
{
    private static readonly AisDecodeStatus[] Reasons = Enum.GetValues<AisDecodeStatus>();
    private static readonly string[] ReasonNames = [.. Reasons.Select(reason => reason.ToString())];
    private readonly FeedRecordWriter _writer;
    private readonly byte[] _buffer;
    private readonly long[] _reportedRejects = new long[Reasons.Length];
    private AisLineDecoder _decoder;
    private NmeaRecordHandler _handler;
    private int _start;
    private int _end;
    private bool _skippingLongLine;
    private long _reportedLines;
    private long _reportedMessages;
    private long _linesBeforeDecoder;

    public NmeaLineFeeder(FeedRecordWriter writer, AisReaderOptions? options = null)
    {
        _writer = writer;
        _decoder = new AisLineDecoder(options);
        _buffer = new byte[Math.Max(1 << 16, _decoder.Options.MaxLineLength * 4)];
        _handler = new NmeaRecordHandler(writer, new AisBitWriter(), _decoder);
    }

    /// <summary>Lines decoded so far over every connection: the feed's sequence number.</summary>
    public long Lines => _linesBeforeDecoder + _decoder.Statistics.Lines;

    /// <summary>Where the next bytes should be read into.</summary>
    public Memory<byte> FreeSpace
    {
        get
        {
            if (_end == _buffer.Length)
            {
                Compact();
            }
            return _buffer.AsMemory(_end);
        }
    }

    /// <summary>Declares that <paramref name="count"/> bytes were read into <see cref="FreeSpace"/>.</summary>
    public void Advance(int count) => _end += count;

    /// <summary>
    /// Decodes the complete lines buffered, stopping early when the writer's chunk is full (hand it on and call again).
    /// At the end of the input, or of a datagram, <paramref name="final"/> takes an unterminated last line as a line.
    /// </summary>
    /// <returns>True when every buffered line was decoded.</returns>
    public bool DecodeLines(bool final)
    {
        while (!_writer.IsFull)
        {
            ReadOnlySpan<byte> pending = _buffer.AsSpan(_start, _end - _start);
            int newline = pending.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (final && pending.Length > 0)
                {
                    Decode(pending);
                    _start = _end;
                }
                else if (_end - _start > _decoder.Options.MaxLineLength)
                {
                    // No end in sight: drop what is held and skip to the next line end.
                    _skippingLongLine = true;
                    _start = _end;
                }
                Report();
                return true;
            }
            Decode(pending[..newline]);
            _start += newline + 1;
        }
        Report();
        return false;
    }

    /// <summary>Starts a new connection: fragments of the last one are orphaned, its partial line dropped.</summary>
    public void Restart()
    {
        _decoder.Flush();
        Report();
        _linesBeforeDecoder += _decoder.Statistics.Lines;
        _decoder = new AisLineDecoder(_decoder.Options);
        _handler = new NmeaRecordHandler(_writer, new AisBitWriter(), _decoder);
        _reportedLines = _reportedMessages = 0;
        Array.Clear(_reportedRejects);
        _start = _end = 0;
        _skippingLongLine = false;
    }

    /// <summary>Ends the input: fragments still waiting are counted as orphans.</summary>
    public void Finish()
    {
        _decoder.Flush();
        Report();
    }

    private void Decode(ReadOnlySpan<byte> line)
    {
        if (_skippingLongLine)
        {
            _skippingLongLine = false;
            _writer.Statistics.AddLines(1);
            _writer.Statistics.AddRejects(nameof(AisDecodeStatus.LineTooLong), 1);
            return;
        }
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        if (!line.IsEmpty)
        {
            _decoder.Decode(line, ref _handler);
        }
    }

    private void Compact()
    {
        int held = _end - _start;
        _buffer.AsSpan(_start, held).CopyTo(_buffer);
        _start = 0;
        _end = held;
    }

    private void Report()
    {
        AisStatistics counts = _decoder.Statistics;
        FeedStatistics statistics = _writer.Statistics;
        statistics.AddLines(counts.Lines - _reportedLines);
        statistics.AddMessages(counts.Messages - _reportedMessages);
        _reportedLines = counts.Lines;
        _reportedMessages = counts.Messages;
        for (int i = 1; i < Reasons.Length; i++)
        {
            long total = counts.LinesRejectedFor(Reasons[i]);
            statistics.AddRejects(ReasonNames[i], total - _reportedRejects[i]);
            _reportedRejects[i] = total;
        }
    }
}
