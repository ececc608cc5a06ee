using System.IO.Compression;

namespace Concert.Ais.Reading;

/// <summary>
/// An opened source of NMEA lines: a file or standard input, transparently gunzipped when it starts with the gzip magic
/// bytes (whatever its name). Knows how far through the underlying file reading has got, for progress bars.
/// </summary>
public sealed class AisInput : IDisposable
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];
    private readonly Stream _raw;

    private AisInput(string name, Stream raw, Stream content, bool compressed)
    {
        Name = name;
        _raw = raw;
        Content = content;
        IsCompressed = compressed;
    }

    /// <summary>The path, or "-" for standard input.</summary>
    public string Name { get; }

    /// <summary>The decompressed bytes to read lines from.</summary>
    public Stream Content { get; }

    /// <summary>True when the input was gzip-compressed.</summary>
    public bool IsCompressed { get; }

    /// <summary>The size of the file in bytes (compressed size for gzip), or null for a pipe.</summary>
    public long? Length => _raw.CanSeek ? _raw.Length : null;

    /// <summary>Bytes consumed from the file so far (compressed bytes for gzip), or null for a pipe.</summary>
    public long? Position => _raw.CanSeek ? _raw.Position : null;

    /// <summary>Opens <paramref name="path"/>, or standard input when it is "-".</summary>
    /// <exception cref="IOException">The file cannot be opened (also <see cref="UnauthorizedAccessException"/>).</exception>
    public static AisInput Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Stream raw = path == "-"
            ? Console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        return FromStream(path, raw);
    }

    /// <summary>Wraps an already open stream, detecting gzip by its first two bytes.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="raw">The stream; disposed with the input.</param>
    public static AisInput FromStream(string name, Stream raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        byte[] head = new byte[GzipMagic.Length];
        int read = 0;
        while (read < head.Length)
        {
            int n = raw.Read(head, read, head.Length - read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        bool compressed = read == head.Length && head.AsSpan().SequenceEqual(GzipMagic);
        Stream content;
        if (raw.CanSeek)
        {
            raw.Seek(-read, SeekOrigin.Current);
            content = raw;
        }
        else
        {
            content = new ReplayStream(head, read, raw);
        }
        if (compressed)
        {
            content = new GZipStream(content, CompressionMode.Decompress, leaveOpen: false);
        }
        return new AisInput(name, raw, content, compressed);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _raw.Dispose();
    }
}
