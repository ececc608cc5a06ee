namespace Concert.Sharing.Audit;

/// <summary>
/// Splits an audit log into lines without decoding text, so the verifier sees exactly the bytes that were hashed.
/// </summary>
/// <remarks>Reads in 64 KiB blocks; a line may be longer than a block. Not thread-safe.</remarks>
internal sealed class AuditLineReader(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>The next line without its line feed, and whether it had one; false at the end.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool terminated)
    {
        int scanFrom = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsSpan(_start, scanFrom + newline - _start);
                _start = scanFrom + newline + 1;
                terminated = true;
                return true;
            }

            if (_endOfStream)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                terminated = false;
                _start = _end;
                return !line.IsEmpty;
            }

            scanFrom = _end - _start;
            Refill();
        }
    }

    private void Refill()
    {
        // Keep the unfinished line at the front, growing the buffer when the line fills it.
        int pending = _end - _start;
        if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
    }
}
