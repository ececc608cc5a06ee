using System.Runtime.Intrinsics;

namespace Concert.Ais.Nmea;

/// <summary>The NMEA 0183 checksum: the XOR of every byte between the start delimiter and the '*', as two hex digits.</summary>
public static class NmeaChecksum
{
    /// <summary>XORs every byte of <paramref name="covered"/>.</summary>
    /// <param name="covered">The bytes after '!' (or '\' for a tag block) and before '*'.</param>
    public static byte Compute(ReadOnlySpan<byte> covered)
    {
        int i = 0;
        ulong folded = 0;
        if (Vector128.IsHardwareAccelerated && covered.Length >= Vector128<byte>.Count)
        {
            // XOR is associative: fold sixteen bytes at a time, then the lanes of the accumulator into one byte.
            Vector128<byte> accumulator = Vector128<byte>.Zero;
            for (; i + Vector128<byte>.Count <= covered.Length; i += Vector128<byte>.Count)
            {
                accumulator ^= Vector128.Create(covered.Slice(i, Vector128<byte>.Count));
            }
            folded = accumulator.AsUInt64().GetElement(0) ^ accumulator.AsUInt64().GetElement(1);
            folded ^= folded >> 32;
            folded ^= folded >> 16;
            folded ^= folded >> 8;
        }
        byte sum = (byte)folded;
        for (; i < covered.Length; i++)
        {
            sum ^= covered[i];
        }
        return sum;
    }

    /// <summary>Reads the two hex digits that follow a '*', upper or lower case.</summary>
    /// <returns>The checksum value, or -1 when the two bytes are not hex digits.</returns>
    public static int ParseHex(byte high, byte low)
    {
        int h = HexValue(high);
        int l = HexValue(low);
        return h < 0 || l < 0 ? -1 : (h << 4) | l;
    }

    /// <summary>Writes <paramref name="checksum"/> as two upper-case hex digits.</summary>
    public static void WriteHex(byte checksum, Span<byte> destination)
    {
        destination[0] = HexDigit(checksum >> 4);
        destination[1] = HexDigit(checksum & 0xF);
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
