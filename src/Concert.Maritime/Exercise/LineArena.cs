namespace Concert.Maritime.Exercise;

/// <summary>
/// Keeps lines as bytes, each followed by CR LF, in one growing buffer with an index of where each starts: a window of
/// a global fleet is millions of lines, and as strings they would be millions of objects for the collector to move.
/// Reused window after window. Not thread-safe: one per shard.
/// </summary>
internal sealed class LineArena : ISentenceSink
{
    private byte[] _bytes = new byte[1 << 16];
    private Entry[] _entries = new Entry[1024];

    public int Count { get; private set; }

    public int ByteCount { get; private set; }

    public ref readonly Entry this[int index] => ref _entries[index];

    public ReadOnlySpan<byte> Line(in Entry entry) => _bytes.AsSpan(entry.Offset, entry.Length);

    public void Clear()
    {
        Count = 0;
        ByteCount = 0;
    }

    public void Add(DateTimeOffset at, int transmitter, ReadOnlySpan<byte> line)
    {
        int length = line.Length + 2;
        if (ByteCount + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, ByteCount + length));
        }
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }
        line.CopyTo(_bytes.AsSpan(ByteCount));
        _bytes[ByteCount + line.Length] = (byte)'\r';
        _bytes[ByteCount + line.Length + 1] = (byte)'\n';
        _entries[Count++] = new Entry(at.UtcTicks, transmitter, ByteCount, length);
        ByteCount += length;
    }

    /// <summary>One line: when, from whom, and where its bytes (line end included) are.</summary>
    internal readonly record struct Entry(long Ticks, int Transmitter, int Offset, int Length);
}
