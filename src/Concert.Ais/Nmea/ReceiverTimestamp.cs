namespace Concert.Ais.Nmea;

/// <summary>
/// Finds the Unix time that many receivers and archives append after a sentence's checksum, e.g. the USCG format
/// <c>*5B,s36310,d-081,T59.01777335,x1,r003669945,1241544035</c> or a plain <c>*09 1418169601.123</c>.
/// </summary>
internal static class ReceiverTimestamp
{
    // Plausible receive times: from 1973 (10^8 s) to before 5138 (milliseconds are converted first).
    private const long Earliest = 100_000_000;

    /// <summary>Returns the last token of <paramref name="trailer"/> as Unix seconds when it is a Unix time, else null.</summary>
    public static long? Find(ReadOnlySpan<byte> trailer)
    {
        trailer = trailer.TrimEnd(" \t,;"u8);
        if (trailer.IsEmpty)
        {
            return null;
        }
        int separator = trailer.LastIndexOfAny(" \t,;"u8);
        ReadOnlySpan<byte> token = trailer[(separator + 1)..];
        return NmeaNumber.TryParseUnixTime(token, out long seconds) && seconds >= Earliest ? seconds : null;
    }
}
