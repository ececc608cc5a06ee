using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

/// <summary>Reads six-bit text the way gpsd's <c>from_sixbit</c> does, including characters cut by the message end.</summary>
internal static class GpsdText
{
    /// <summary>
    /// Reads up to <paramref name="characters"/> characters at <paramref name="offset"/>: bits past the message end read as
    /// zero, the text stops at the first '@', and trailing spaces are trimmed.
    /// </summary>
    public static string Read(in AisBitReader bits, int offset, int characters)
    {
        Span<char> chars = characters <= 256 ? stackalloc char[characters] : new char[characters];
        int length = 0;
        while (length < characters)
        {
            char c = SixBitText.ToChar((int)bits.UInt(offset + 6 * length, 6));
            if (c == '@')
            {
                break;
            }
            chars[length++] = c;
        }
        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }
        return length == 0 ? string.Empty : new string(chars[..length]);
    }

    /// <summary>Reads the text that fills a message from <paramref name="offset"/> to its end (gpsd's <c>endchars</c>).</summary>
    public static string ToEnd(in AisBitReader bits, int offset) =>
        bits.BitLength <= offset ? string.Empty : Read(bits, offset, (bits.BitLength - offset) / 6);
}
