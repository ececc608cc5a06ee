using System.Buffers;
using System.Runtime.CompilerServices;

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

    // 256 entries: the six-bit value of each byte, or 0xFF for a byte that is not armor. A table lookup is several times
    // faster than the two range tests on the decoder's hottest loop.
    private static readonly byte[] SixBitValues = BuildSixBitValues();

    // The armor alphabet, for vectorised validation of whole payloads.
    private static readonly SearchValues<byte> ArmorCharacters = SearchValues.Create(BuildArmorCharacters());

    /// <summary>Maps a payload character to its 6-bit value, or returns -1 when it is not a valid armor character.</summary>
    /// <param name="c">A character of the payload field ('0'..'W' and '`'..'w').</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dearmor(byte c)
    {
        int v = SixBitValues[c];
        return v == 0xFF ? -1 : v;
    }

    /// <summary>True when every byte of <paramref name="payload"/> is an armor character.</summary>
    public static bool IsValid(ReadOnlySpan<byte> payload) => payload.IndexOfAnyExcept(ArmorCharacters) < 0;

    /// <summary>Maps a 6-bit value (0..63) to its armor character.</summary>
    public static byte Armor(int sixBits) => (byte)(sixBits < 40 ? sixBits + 48 : sixBits + 56);

    /// <summary>
    /// Appends the bits of <paramref name="payload"/> to <paramref name="packed"/> starting at bit <paramref name="bitOffset"/>.
    /// The destination must be zeroed beyond <paramref name="bitOffset"/> and large enough for the bits plus <see cref="Padding"/>.
    /// </summary>
    /// <returns>The number of bits appended, or -1 when a character is not valid armor.</returns>
    public static int Unpack(ReadOnlySpan<byte> payload, Span<byte> packed, int bitOffset)
    {
        byte[] table = SixBitValues;
        int i = 0;
        if ((bitOffset & 7) == 0)
        {
            // Byte-aligned (every single-sentence message): four characters make exactly three bytes.
            int byteIndex = bitOffset >> 3;
            for (; i + 4 <= payload.Length; i += 4)
            {
                uint a = table[payload[i]], b = table[payload[i + 1]], c = table[payload[i + 2]], d = table[payload[i + 3]];
                if ((a | b | c | d) > 63)
                {
                    return -1;
                }
                uint word = a << 18 | b << 12 | c << 6 | d;
                packed[byteIndex] = (byte)(word >> 16);
                packed[byteIndex + 1] = (byte)(word >> 8);
                packed[byteIndex + 2] = (byte)word;
                byteIndex += 3;
            }
        }
        int bit = bitOffset + 6 * i;
        for (; i < payload.Length; i++)
        {
            int v = table[payload[i]];
            if (v > 63)
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

    private static byte[] BuildSixBitValues()
    {
        byte[] values = new byte[256];
        Array.Fill(values, (byte)0xFF);
        for (int v = 0; v < 64; v++)
        {
            values[Armor(v)] = (byte)v;
        }
        return values;
    }

    private static byte[] BuildArmorCharacters()
    {
        byte[] characters = new byte[64];
        for (int v = 0; v < 64; v++)
        {
            characters[v] = Armor(v);
        }
        return characters;
    }
}
