namespace Concert.Maritime.Exercise;

/// <summary>Where a <see cref="SentenceFormatter"/> puts each received line it makes.</summary>
internal interface ISentenceSink
{
    /// <summary>Takes one line (ASCII, without line end); <paramref name="line"/> is only valid during the call.</summary>
    void Add(DateTimeOffset at, int transmitter, ReadOnlySpan<byte> line);
}
