namespace Concert.Ais.Reading;

/// <summary>
/// Cuts a byte stream into lines inside one large buffer: '\n' or "\r\n" terminated, blank lines skipped, no copy and no
/// allocation per line. A line longer than the buffer can hold is handed out cut to <see cref="Capacity"/> bytes (long
/// enough to be rejected as too long) and the rest of it is skipped.
/// </summary>
internal sealed class LineSplitter
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _skippingOverlongLine;

    public LineSplitter(Stream stream, int capacity)
    {
        _stream = stream;
        _buffer = new byte[capacity];
    }

    /// <summary>The longest line handed out whole.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Raised after each read from the stream, for progress reports.</summary>
    public event Action? Refilled;

    /// <summary>Returns the next non-blank line without its terminator, or false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                ReadOnlySpan<byte> candidate = _buffer.AsSpan(_start, newline);
                _start += newline + 1;
                if (_skippingOverlongLine)
                {
                    _skippingOverlongLine = false;
                    continue;
                }
                if (TryTake(candidate, out line))
                {
                    return true;
                }
                continue;
            }
            if (_endOfStream)
            {
                ReadOnlySpan<byte> last = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                if (!_skippingOverlongLine && TryTake(last, out line))
                {
                    return true;
                }
                line = default;
                return false;
            }
            if (_start == 0 && _end == _buffer.Length)
            {
                // No terminator in a full buffer: hand the beginning out (it is over any sane length) and skip the rest.
                line = _buffer;
                _start = _end = 0;
                bool alreadyReported = _skippingOverlongLine;
                _skippingOverlongLine = true;
                if (!alreadyReported)
                {
                    return true;
                }
                continue;
            }
            Refill();
        }
    }

    private static bool TryTake(ReadOnlySpan<byte> candidate, out ReadOnlySpan<byte> line)
    {
        line = candidate.TrimEnd((byte)'\r');
        return !line.Trim(" \t\r"u8).IsEmpty;
    }

    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }
        _end += read;
        BytesRead += read;
        Refilled?.Invoke();
    }
}
