namespace Concert.Ais.Nmea;

/// <summary>The NMEA 0183 checksum: the XOR of every byte between the start delimiter and the '*', as two hex digits.</summary>
public static class NmeaChecksum
{
    /// <summary>XORs every byte of <paramref name="covered"/>.</summary>
    /// <param name="covered">The bytes after '!' (or '\' for a tag block) and before '*'.</param>
    public static byte Compute(ReadOnlySpan<byte> covered)
    {
        byte sum = 0;
        foreach (byte b in covered)
        {
            sum ^= b;
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
