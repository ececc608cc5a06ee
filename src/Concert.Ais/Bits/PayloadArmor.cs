namespace Concert.Ais.Bits;

/// <summary>
/// Converts between the 6-bit ASCII armoring of AIVDM payloads and packed, most-significant-bit-first bytes.
/// </summary>
/// <remarks>Stateless and thread-safe. Allocates nothing.</remarks>
public static class PayloadArmor
{
    /// <summary>Bytes of zero padding that <see cref="AisBitReader"/> needs after the packed bits.</summary>
    public const int Padding = 8;

    /// <summary>The largest payload this codec accepts, in bits (5 slots of type 8/25/26 data).</summary>
    public const int MaxBits = 1192;

    /// <summary>Size of a buffer that holds any accepted payload with its padding.</summary>
    public const int MaxPackedBytes = (MaxBits + 7) / 8 + Padding + 8;

    /// <summary>Maps a payload character to its 6-bit value, or returns -1 when it is not a valid armor character.</summary>
    /// <param name="c">A character of the payload field ('0'..'W' and '`'..'w').</param>
    public static int Dearmor(byte c)
    {
        int v = c - 48;
        if (v < 0 || v > 71 || (v > 39 && v < 48))
        {
            return -1;
        }
        return v > 39 ? v - 8 : v;
    }

    /// <summary>Maps a 6-bit value (0..63) to its armor character.</summary>
    public static byte Armor(int sixBits) => (byte)(sixBits < 40 ? sixBits + 48 : sixBits + 56);

    /// <summary>
    /// Appends the bits of <paramref name="payload"/> to <paramref name="packed"/> starting at bit <paramref name="bitOffset"/>.
    /// The destination must be zeroed beyond <paramref name="bitOffset"/> and large enough for the bits plus <see cref="Padding"/>.
    /// </summary>
    /// <returns>The number of bits appended, or -1 when a character is not valid armor.</returns>
    public static int Unpack(ReadOnlySpan<byte> payload, Span<byte> packed, int bitOffset)
    {
        int bit = bitOffset;
        foreach (byte c in payload)
        {
            int v = Dearmor(c);
            if (v < 0)
            {
                return -1;
            }
            int byteIndex = bit >> 3;
            int shift = bit & 7;
            // Six bits straddle at most two bytes: the high part goes in this byte, the rest in the next.
            int aligned = v << 10 >> shift;
            packed[byteIndex] |= (byte)(aligned >> 8);
            packed[byteIndex + 1] |= (byte)aligned;
            bit += 6;
        }
        return bit - bitOffset;
    }

    /// <summary>
    /// Armors <paramref name="bitLength"/> bits from <paramref name="packed"/> into characters, padding the last one with zero
    /// bits, and returns the number of fill bits used (0..5).
    /// </summary>
    /// <param name="packed">Packed bits, most significant bit first.</param>
    /// <param name="bitLength">How many bits to armor.</param>
    /// <param name="destination">Receives (bitLength + 5) / 6 characters.</param>
    public static int Pack(ReadOnlySpan<byte> packed, int bitLength, Span<byte> destination)
    {
        int chars = (bitLength + 5) / 6;
        for (int i = 0; i < chars; i++)
        {
            int bit = i * 6;
            int pair = (packed[bit >> 3] << 8) | (bit / 8 + 1 < packed.Length ? packed[(bit >> 3) + 1] : 0);
            int v = (pair >> (10 - (bit & 7))) & 0x3F;
            destination[i] = Armor(v);
        }
        return chars * 6 - bitLength;
    }
}
