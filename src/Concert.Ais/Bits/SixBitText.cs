namespace Concert.Ais.Bits;

/// <summary>The six-bit ASCII character set of ITU-R M.1371 (table 47).</summary>
public static class SixBitText
{
    /// <summary>Maps a six-bit value (0..63) to its character: 0..31 are '@'..'_', 32..63 are ' '..'?'.</summary>
    public static char ToChar(int sixBits) => (char)(sixBits < 32 ? sixBits + 64 : sixBits);

    /// <summary>Maps a character to its six-bit value; characters outside the set map to '?' (63) after upper-casing.</summary>
    public static int FromChar(char c)
    {
        if (c >= 'a' && c <= 'z')
        {
            c = (char)(c - 32);
        }
        if (c >= '@' && c <= '_')
        {
            return c - 64;
        }
        return c >= ' ' && c <= '?' ? c : 63;
    }

    /// <summary>
    /// The length of <paramref name="chars"/> as gpsd shows decoded text: cut at the first '@' (the padding character),
    /// then trailing spaces removed.
    /// </summary>
    public static int TrimmedLength(ReadOnlySpan<char> chars)
    {
        int at = chars.IndexOf('@');
        int length = at >= 0 ? at : chars.Length;
        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }
        return length;
    }
}
