using System.Buffers.Binary;

namespace Concert.Ais.Bits;

/// <summary>
/// Builds the packed bits of one AIS message, field by field, for the encoder. Fields are written at explicit offsets,
/// mirroring <see cref="AisBitReader"/>, so a message's decoder and encoder read as two columns of one table.
/// </summary>
/// <remarks>Not thread-safe; reuse one instance per thread with <see cref="Reset"/>.</remarks>
public sealed class AisBitWriter
{
    private readonly byte[] _packed = new byte[PayloadArmor.MaxPackedBytes];

    /// <summary>The length of the message in bits: the end of the furthest field written.</summary>
    public int BitLength { get; private set; }

    /// <summary>The packed bits written so far.</summary>
    public ReadOnlySpan<byte> Packed => _packed.AsSpan(0, (BitLength + 7) / 8);

    /// <summary>Clears the writer for the next message.</summary>
    public void Reset()
    {
        // Nothing past BitLength is ever set, so clearing the bytes written is enough.
        Array.Clear(_packed, 0, (BitLength + 7) / 8);
        BitLength = 0;
    }

    /// <summary>Writes the 38-bit header every message starts with: type (6 bits), repeat indicator (2), MMSI (30).</summary>
    public void Header(int messageType, int repeat, uint mmsi)
    {
        UInt(0, 6, (uint)messageType);
        UInt(6, 2, (uint)repeat);
        UInt(8, 30, mmsi);
    }

    /// <summary>Writes the low <paramref name="width"/> bits (1..32) of <paramref name="value"/> at <paramref name="offset"/>.</summary>
    public void UInt(int offset, int width, uint value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + width, PayloadArmor.MaxBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 32);
        // One big-endian 64-bit read-modify-write, as the reader reads: the buffer has eight spare bytes past MaxBits, and
        // a field of at most 32 bits starting anywhere in a byte fits in the eight bytes from that byte.
        Span<byte> word = _packed.AsSpan(offset >> 3, sizeof(ulong));
        int shift = 64 - (offset & 7) - width;
        ulong mask = ((1UL << width) - 1) << shift;
        ulong bits = BinaryPrimitives.ReadUInt64BigEndian(word);
        BinaryPrimitives.WriteUInt64BigEndian(word, (bits & ~mask) | (((ulong)value << shift) & mask));
        BitLength = Math.Max(BitLength, offset + width);
    }

    /// <summary>Writes a signed value in two's complement over <paramref name="width"/> bits.</summary>
    public void Int(int offset, int width, int value) => UInt(offset, width, (uint)value & (width == 32 ? uint.MaxValue : (1u << width) - 1));

    /// <summary>Writes a one-bit flag.</summary>
    public void Bool(int offset, bool value) => UInt(offset, 1, value ? 1u : 0u);

    /// <summary>
    /// Writes <paramref name="text"/> as <paramref name="characters"/> six-bit characters, padding with '@'.
    /// Longer text is cut; characters outside the six-bit set become '?'.
    /// </summary>
    public void Text(int offset, int characters, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < characters; i++)
        {
            UInt(offset + 6 * i, 6, i < text.Length ? (uint)SixBitText.FromChar(text[i]) : 0u);
        }
    }

    /// <summary>Copies <paramref name="bitLength"/> raw bits from <paramref name="source"/> to <paramref name="offset"/>.</summary>
    public void Bits(int offset, ReadOnlySpan<byte> source, int bitLength)
    {
        for (int i = 0; i < bitLength; i++)
        {
            bool set = (source[i >> 3] & (0x80 >> (i & 7))) != 0;
            Bool(offset + i, set);
        }
        BitLength = Math.Max(BitLength, offset + bitLength);
    }
}
