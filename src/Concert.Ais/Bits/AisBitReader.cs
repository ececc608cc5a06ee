using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Concert.Ais.Bits;

/// <summary>
/// Reads fixed-width fields from the packed bits of one AIS message. Bits past the end read as zero, as gpsd does.
/// </summary>
/// <remarks>
/// A <c>ref struct</c> over a caller-owned buffer: decoding a position report allocates nothing. The buffer must hold
/// <see cref="PayloadArmor.Padding"/> zero bytes after the last bit so that any field can be read with one 64-bit load.
/// </remarks>
public readonly ref struct AisBitReader
{
    private readonly ReadOnlySpan<byte> _packed;

    /// <summary>Creates a reader over <paramref name="packed"/> holding <paramref name="bitLength"/> meaningful bits.</summary>
    /// <param name="packed">Packed bits followed by at least <see cref="PayloadArmor.Padding"/> zero bytes.</param>
    /// <param name="bitLength">The message length in bits (payload characters × 6 − fill bits).</param>
    public AisBitReader(ReadOnlySpan<byte> packed, int bitLength)
    {
        _packed = packed;
        BitLength = bitLength;
    }

    /// <summary>The message length in bits.</summary>
    public int BitLength { get; }

    /// <summary>The message type (first six bits).</summary>
    public int MessageType => (int)UInt(0, 6);

    /// <summary>The repeat indicator (bits 6–7).</summary>
    public int Repeat => (int)UInt(6, 2);

    /// <summary>The sender's MMSI (bits 8–37).</summary>
    public uint Mmsi => UInt(8, 30);

    /// <summary>The packed bytes (with their zero padding), for messages that keep raw binary data.</summary>
    public ReadOnlySpan<byte> Packed => _packed;

    /// <summary>Reads an unsigned field of 1..32 bits at <paramref name="offset"/>; bits beyond the message read as zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint UInt(int offset, int width)
    {
        ulong word = BinaryPrimitives.ReadUInt64BigEndian(_packed[(offset >> 3)..]);
        ulong masked = word << (offset & 7) >> (64 - width);
        // Fields that run past the message end read as zero even when the caller's buffer holds stale bytes there
        // (fill bits, a reused buffer): the message length, not the buffer, bounds what a field can see.
        int overrun = offset + width - BitLength;
        return overrun > 0 ? (overrun >= width ? 0u : (uint)(masked >> overrun << overrun)) : (uint)masked;
    }

    /// <summary>Reads a two's-complement signed field of 2..32 bits at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Int(int offset, int width)
    {
        uint raw = UInt(offset, width);
        int shift = 32 - width;
        return (int)(raw << shift) >> shift;
    }

    /// <summary>Reads a one-bit flag at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bool(int offset) => UInt(offset, 1) != 0;

    /// <summary>
    /// Reads <paramref name="characters"/> six-bit ASCII characters at <paramref name="offset"/>, stopping at the end of the
    /// message, and trims trailing '@' padding and spaces as gpsd does.
    /// </summary>
    /// <remarks>For text that runs to the end of the message (gpsd's <c>ENDCHARS</c>): a partial last character is dropped.</remarks>
    public string Text(int offset, int characters) =>
        DecodeText(offset, Math.Max(0, Math.Min(characters, (BitLength - offset) / 6)));

    /// <summary>
    /// Reads a fixed-width text field of <paramref name="characters"/> six-bit characters at <paramref name="offset"/> as
    /// gpsd's <c>UCHARS</c> does: bits past the message end read as zero, so a character cut by a short message keeps its
    /// leading bits. Trims like <see cref="Text"/>.
    /// </summary>
    public string FixedText(int offset, int characters) => DecodeText(offset, characters);

    private string DecodeText(int offset, int available)
    {
        Span<char> chars = stackalloc char[available];
        for (int i = 0; i < available; i++)
        {
            chars[i] = SixBitText.ToChar((int)UInt(offset + 6 * i, 6));
        }
        int length = SixBitText.TrimmedLength(chars);
        return length == 0 ? string.Empty : new string(chars[..length]);
    }
}
