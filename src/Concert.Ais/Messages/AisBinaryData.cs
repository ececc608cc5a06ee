using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

/// <summary>
/// A run of raw message bits kept as packed bytes and a bit count: the payload of binary messages (types 6, 8, 17, 25,
/// 26), the characters of text messages (12, 14), and any bits past a message's fixed fields, so that encoding gives back
/// exactly the bits that were decoded.
/// </summary>
/// <remarks>
/// Immutable. Bits after <see cref="BitCount"/> in the last byte are always zero. Equality compares the bits, not the
/// array reference.
/// </remarks>
public readonly struct AisBinaryData : IEquatable<AisBinaryData>
{
    // The array is zero after the data and never shorter than PayloadArmor.MaxPackedBytes, so that Reader can read a
    // field at any offset of a message (applications read fixed layouts past short data, as gpsd does).
    private readonly byte[]? _padded;

    private AisBinaryData(byte[] padded, int bitCount)
    {
        _padded = padded;
        BitCount = bitCount;
    }

    /// <summary>No bits.</summary>
    public static AisBinaryData Empty => default;

    /// <summary>The number of meaningful bits.</summary>
    public int BitCount { get; }

    /// <summary>The packed bits, most significant bit first, <c>(BitCount + 7) / 8</c> bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _padded is null ? [] : _padded.AsSpan(0, (BitCount + 7) / 8);

    /// <summary>A reader over the bits, offsets counted from the first bit of this data.</summary>
    public AisBitReader Reader => new(_padded ?? new byte[PayloadArmor.MaxPackedBytes], BitCount);

    /// <summary>Copies <paramref name="bitCount"/> bits of <paramref name="bits"/> starting at <paramref name="offset"/>.</summary>
    /// <remarks>Bits past the message end read as zero; a negative count gives <see cref="Empty"/>.</remarks>
    public static AisBinaryData Read(in AisBitReader bits, int offset, int bitCount)
    {
        if (bitCount <= 0)
        {
            return Empty;
        }
        int byteCount = (bitCount + 7) / 8;
        if ((offset & 7) == 0 && offset + bitCount <= bits.BitLength)
        {
            // Types 6, 8, 25 and 26 put their data on a byte boundary: copy whole bytes, as FromBits does.
            return FromBits(bits.Packed[(offset >> 3)..], bitCount);
        }
        byte[] padded = NewBuffer(byteCount);
        for (int i = 0; i < byteCount; i++)
        {
            int width = Math.Min(8, bitCount - 8 * i);
            padded[i] = (byte)(bits.UInt(offset + 8 * i, width) << (8 - width));
        }
        return new AisBinaryData(padded, bitCount);
    }

    /// <summary>Copies the first <paramref name="bitCount"/> bits of <paramref name="packed"/>; later bits are cleared.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bytes hold fewer than <paramref name="bitCount"/> bits.</exception>
    public static AisBinaryData FromBits(ReadOnlySpan<byte> packed, int bitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, packed.Length * 8);
        if (bitCount == 0)
        {
            return Empty;
        }
        int byteCount = (bitCount + 7) / 8;
        byte[] padded = NewBuffer(byteCount);
        packed[..byteCount].CopyTo(padded);
        if (bitCount % 8 != 0)
        {
            padded[byteCount - 1] &= (byte)(0xFF << (8 - bitCount % 8));
        }
        return new AisBinaryData(padded, bitCount);
    }

    /// <summary>Writes the bits at <paramref name="offset"/>.</summary>
    public void Write(AisBitWriter writer, int offset)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (BitCount > 0)
        {
            writer.Bits(offset, Bytes, BitCount);
        }
    }

    /// <inheritdoc />
    public bool Equals(AisBinaryData other) => BitCount == other.BitCount && Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AisBinaryData other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BitCount);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>Compares two runs of bits.</summary>
    public static bool operator ==(AisBinaryData left, AisBinaryData right) => left.Equals(right);

    /// <summary>Compares two runs of bits.</summary>
    public static bool operator !=(AisBinaryData left, AisBinaryData right) => !left.Equals(right);

    private static byte[] NewBuffer(int byteCount) => new byte[Math.Max(byteCount + PayloadArmor.Padding, PayloadArmor.MaxPackedBytes)];

    /// <summary>The bits as gpsd prints them: <c>bitcount:hex</c>.</summary>
    public override string ToString() => $"{BitCount}:{Convert.ToHexStringLower(Bytes)}";
}
