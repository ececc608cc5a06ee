namespace Concert.Maritime.Ingest;

/// <summary>
/// A type 5's ETA as one integer: the message's own 20 bits (month 4, day 5, hour 5, minute 6, in that order), so
/// each field keeps its raw "not available" value (month 0, day 0, hour 24, minute 60) and the archive needs one column.
/// </summary>
public static class PackedEta
{
    /// <summary>Packs the four raw ETA fields of a type 5.</summary>
    /// <param name="month">Raw month, 0..15 (0 = not available).</param>
    /// <param name="day">Raw day, 0..31 (0 = not available).</param>
    /// <param name="hour">Raw hour, 0..31 (24 = not available).</param>
    /// <param name="minute">Raw minute, 0..63 (60 = not available).</param>
    /// <returns>The packed value.</returns>
    public static uint Pack(int month, int day, int hour, int minute) =>
        ((uint)month & 15) << 16 | ((uint)day & 31) << 11 | ((uint)hour & 31) << 6 | ((uint)minute & 63);

    /// <summary>The raw month of a packed ETA.</summary>
    /// <param name="eta">A value from <see cref="Pack"/>.</param>
    /// <returns>0..15.</returns>
    public static int Month(uint eta) => (int)(eta >> 16 & 15);

    /// <summary>The raw day of a packed ETA.</summary>
    /// <param name="eta">A value from <see cref="Pack"/>.</param>
    /// <returns>0..31.</returns>
    public static int Day(uint eta) => (int)(eta >> 11 & 31);

    /// <summary>The raw hour of a packed ETA.</summary>
    /// <param name="eta">A value from <see cref="Pack"/>.</param>
    /// <returns>0..31.</returns>
    public static int Hour(uint eta) => (int)(eta >> 6 & 31);

    /// <summary>The raw minute of a packed ETA.</summary>
    /// <param name="eta">A value from <see cref="Pack"/>.</param>
    /// <returns>0..63.</returns>
    public static int Minute(uint eta) => (int)(eta & 63);
}
