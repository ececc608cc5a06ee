namespace Concert.Ais.Nmea;

/// <summary>Splits comma- or dash-separated byte fields into ranges without allocating.</summary>
internal static class ByteFields
{
    /// <summary>
    /// Writes the ranges of the fields of <paramref name="source"/> separated by <paramref name="separator"/> into
    /// <paramref name="destination"/> (as many as fit) and returns how many fields there are in all.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> source, Span<Range> destination, byte separator)
    {
        int count = 0;
        int start = 0;
        while (true)
        {
            int next = source[start..].IndexOf(separator);
            int end = next < 0 ? source.Length : start + next;
            if (count < destination.Length)
            {
                destination[count] = start..end;
            }
            count++;
            if (next < 0)
            {
                return count;
            }
            start = end + 1;
        }
    }
}
