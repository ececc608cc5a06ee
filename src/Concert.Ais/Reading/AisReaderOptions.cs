namespace Concert.Ais.Reading;

/// <summary>How strict an <see cref="AisLineDecoder"/> is and how much memory it may hold for unfinished messages.</summary>
public sealed record AisReaderOptions
{
    /// <summary>The defaults: checksums optional, 1,024-byte lines, 256 pending messages, fragments kept 1,000 lines.</summary>
    public static AisReaderOptions Default { get; } = new();

    /// <summary>Reject sentences and tag blocks without a checksum (<see cref="AisDecodeStatus.MissingChecksum"/>).</summary>
    public bool RequireChecksum { get; init; }

    /// <summary>
    /// The longest line accepted, in bytes, before its terminator (<see cref="AisDecodeStatus.LineTooLong"/> beyond).
    /// A sentence is at most 82 characters; tag blocks and receiver suffixes make real lines two to four times that.
    /// </summary>
    public int MaxLineLength { get; init; } = 1024;

    /// <summary>
    /// How many multi-sentence messages may wait for their remaining fragments at once. When a new one arrives past
    /// this, the oldest is dropped and its lines are counted as <see cref="AisDecodeStatus.EvictedFragment"/>.
    /// </summary>
    public int MaxPendingMessages { get; init; } = 256;

    /// <summary>
    /// How many lines an unfinished message may wait for its other fragments. Older ones are dropped and counted as
    /// <see cref="AisDecodeStatus.OrphanFragment"/>; this also stops a recycled sequential id (0..9) from being joined to
    /// a long-dead fragment.
    /// </summary>
    public int FragmentMaxAgeLines { get; init; } = 1000;
}
