using Concert.Ais.Messages;

namespace Concert.Ais.Reading;

/// <summary>
/// Reads NMEA logs: files, standard input, gzip; splits lines itself out of a large buffer and feeds an
/// <see cref="AisLineDecoder"/>. Use <c>Read</c> with a struct handler for speed, <c>ReadMessages</c> for convenience.
/// </summary>
public static class AisReader
{
    private const int MinimumBufferSize = 1 << 20;

    /// <summary>Opens a file, or standard input for "-", gunzipping it when it starts with the gzip magic bytes.</summary>
    /// <exception cref="IOException">The file cannot be opened (also <see cref="UnauthorizedAccessException"/>).</exception>
    public static AisInput Open(string path) => AisInput.Open(path);

    /// <summary>
    /// Decodes every line of <paramref name="stream"/> into <paramref name="handler"/> with a new decoder and returns its
    /// counts.
    /// </summary>
    /// <param name="stream">Uncompressed NMEA text.</param>
    /// <param name="handler">Receives each message.</param>
    /// <param name="options">Strictness and memory bounds; the defaults when null.</param>
    /// <param name="progress">Called after each read from the stream with the bytes read so far.</param>
    public static AisStatistics Read<THandler>(Stream stream, ref THandler handler, AisReaderOptions? options = null, Action<long>? progress = null)
        where THandler : IAisMessageHandler
    {
        var decoder = new AisLineDecoder(options);
        Read(stream, decoder, ref handler, progress);
        return decoder.Statistics;
    }

    /// <summary>
    /// Decodes every line of <paramref name="stream"/> into <paramref name="handler"/>, then flushes the decoder (fragments
    /// still waiting are counted as orphans).
    /// </summary>
    /// <param name="stream">Uncompressed NMEA text.</param>
    /// <param name="decoder">The decoder, whose statistics count every line.</param>
    /// <param name="handler">Receives each message.</param>
    /// <param name="progress">Called after each read from the stream with the bytes read so far.</param>
    public static void Read<THandler>(Stream stream, AisLineDecoder decoder, ref THandler handler, Action<long>? progress = null)
        where THandler : IAisMessageHandler
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(decoder);
        LineSplitter splitter = CreateSplitter(stream, decoder);
        if (progress is not null)
        {
            splitter.Refilled += () => progress(splitter.BytesRead);
        }
        DecodeAll(splitter, decoder, ref handler);
    }

    /// <summary>
    /// Decodes every line of <paramref name="input"/> into <paramref name="handler"/>, then flushes the decoder.
    /// </summary>
    /// <param name="input">An opened file or standard input.</param>
    /// <param name="decoder">The decoder, whose statistics count every line.</param>
    /// <param name="handler">Receives each message.</param>
    /// <param name="progress">
    /// Called after each read with the bytes consumed from the file (compressed bytes for gzip, so that it can be set against
    /// <see cref="AisInput.Length"/>), or from the pipe.
    /// </param>
    public static void Read<THandler>(AisInput input, AisLineDecoder decoder, ref THandler handler, Action<long>? progress = null)
        where THandler : IAisMessageHandler
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(decoder);
        LineSplitter splitter = CreateSplitter(input.Content, decoder);
        if (progress is not null)
        {
            splitter.Refilled += () => progress(input.Position ?? splitter.BytesRead);
        }
        DecodeAll(splitter, decoder, ref handler);
    }

    /// <summary>Decodes every message of <paramref name="stream"/>, boxed, lazily. Bad lines are skipped.</summary>
    public static IEnumerable<AisDecodedMessage> ReadMessages(Stream stream, AisReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Enumerate(stream, new AisLineDecoder(options));
    }

    /// <summary>Decodes every message of the file at <paramref name="path"/> ("-" for standard input, gzip detected), lazily.</summary>
    public static IEnumerable<AisDecodedMessage> ReadMessages(string path, AisReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return EnumerateFile(path, options);
    }

    private static IEnumerable<AisDecodedMessage> EnumerateFile(string path, AisReaderOptions? options)
    {
        using AisInput input = AisInput.Open(path);
        foreach (AisDecodedMessage message in Enumerate(input.Content, new AisLineDecoder(options)))
        {
            yield return message;
        }
    }

    private static IEnumerable<AisDecodedMessage> Enumerate(Stream stream, AisLineDecoder decoder)
    {
        LineSplitter splitter = CreateSplitter(stream, decoder);
        var batch = new List<AisDecodedMessage>();
        var collector = new MessageCollector(batch);
        bool more = true;
        while (more)
        {
            while (batch.Count == 0 && (more = splitter.TryReadLine(out ReadOnlySpan<byte> line)))
            {
                decoder.Decode(line, ref collector);
            }
            foreach (AisDecodedMessage message in batch)
            {
                yield return message;
            }
            batch.Clear();
        }
        decoder.Flush();
    }

    private static LineSplitter CreateSplitter(Stream stream, AisLineDecoder decoder) =>
        new(stream, Math.Max(MinimumBufferSize, decoder.Options.MaxLineLength * 2));

    private static void DecodeAll<THandler>(LineSplitter splitter, AisLineDecoder decoder, ref THandler handler)
        where THandler : IAisMessageHandler
    {
        while (splitter.TryReadLine(out ReadOnlySpan<byte> line))
        {
            decoder.Decode(line, ref handler);
        }
        decoder.Flush();
    }
}
