using System.Text;

namespace Concert.Ais.Nmea;

/// <summary>
/// A small, fixed-size cache that turns recurring ASCII byte strings (talkers, tag-block station names) into the same
/// <see cref="string"/> instance, so that decoding a stream with a few hundred stations allocates nothing per line.
/// </summary>
/// <remarks>
/// Direct-mapped: a collision replaces the older entry, so memory stays bounded whatever the input. Not thread-safe.
/// </remarks>
internal sealed class StringCache
{
    private readonly string?[] _entries;

    /// <summary>Creates a cache of <paramref name="size"/> entries (a power of two).</summary>
    public StringCache(int size = 512)
    {
        if (size <= 0 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The cache size must be a power of two.");
        }
        _entries = new string?[size];
    }

    /// <summary>Returns a string equal to <paramref name="ascii"/>, the cached instance when there is one.</summary>
    public string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.IsEmpty)
        {
            return string.Empty;
        }
        int slot = Hash(ascii) & (_entries.Length - 1);
        string? cached = _entries[slot];
        if (cached is not null && Matches(cached, ascii))
        {
            return cached;
        }
        string created = Encoding.Latin1.GetString(ascii);
        _entries[slot] = created;
        return created;
    }

    private static int Hash(ReadOnlySpan<byte> ascii)
    {
        // FNV-1a: cheap and spreads short station names well enough for a direct-mapped table.
        uint hash = 2166136261;
        foreach (byte b in ascii)
        {
            hash = (hash ^ b) * 16777619;
        }
        return (int)(hash ^ (hash >> 15));
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> ascii)
    {
        if (cached.Length != ascii.Length)
        {
            return false;
        }
        for (int i = 0; i < ascii.Length; i++)
        {
            if (cached[i] != ascii[i])
            {
                return false;
            }
        }
        return true;
    }
}
