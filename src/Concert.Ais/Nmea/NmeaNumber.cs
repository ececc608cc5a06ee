namespace Concert.Ais.Nmea;

/// <summary>Parses the small unsigned decimal fields of sentences and tag blocks without building strings.</summary>
internal static class NmeaNumber
{
    /// <summary>Parses 1..18 ASCII digits; anything else (sign, space, empty, too long) fails.</summary>
    public static bool TryParse(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }
        foreach (byte c in digits)
        {
            int d = c - '0';
            if ((uint)d > 9)
            {
                value = 0;
                return false;
            }
            value = value * 10 + d;
        }
        return true;
    }

    /// <summary>Parses 1..9 ASCII digits as an <see cref="int"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> digits, out int value)
    {
        bool ok = digits.Length <= 9 & TryParse(digits, out long wide);
        value = ok ? (int)wide : 0;
        return ok;
    }

    /// <summary>
    /// Parses a Unix time that may carry a fraction ("1418169601" or "1418169601.123") and may be in milliseconds
    /// (values above 10^11, i.e. after 5138 in seconds), returning whole seconds. Larger values are refused.
    /// </summary>
    public static bool TryParseUnixTime(ReadOnlySpan<byte> text, out long seconds)
    {
        seconds = 0;
        int dot = text.IndexOf((byte)'.');
        if (dot >= 0)
        {
            ReadOnlySpan<byte> fraction = text[(dot + 1)..];
            if (fraction.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            {
                return false;
            }
            text = text[..dot];
        }
        if (!TryParse(text, out seconds))
        {
            return false;
        }
        if (seconds > MillisecondThreshold)
        {
            seconds /= 1000;
        }
        // Still beyond 10^11 s after that: neither seconds nor milliseconds of any real clock.
        return seconds <= MillisecondThreshold;
    }

    /// <summary>Above this a Unix time is taken to be in milliseconds (10^11 s is the year 5138).</summary>
    public const long MillisecondThreshold = 100_000_000_000;
}
