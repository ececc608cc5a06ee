namespace Concert.Ais.Nmea;

/// <summary>
/// One parsed <c>!xxVDM</c> / <c>!xxVDO</c> sentence: a view over the bytes of its line, valid as long as the line is.
/// </summary>
/// <remarks>Produced by <see cref="NmeaSentenceParser"/>; the tag block is kept raw so that the caller decides whether to
/// build strings from it.</remarks>
public readonly ref struct NmeaSentence
{
    /// <summary>Creates a sentence view; use <see cref="NmeaSentenceParser.Parse"/> rather than this constructor.</summary>
    public NmeaSentence(
        ReadOnlySpan<byte> talker,
        bool ownShip,
        int fragmentCount,
        int fragmentNumber,
        int sequenceId,
        byte channel,
        ReadOnlySpan<byte> payload,
        int fillBits,
        ReadOnlySpan<byte> tagBlock,
        long? receiverTime)
    {
        Talker = talker;
        OwnShip = ownShip;
        FragmentCount = fragmentCount;
        FragmentNumber = fragmentNumber;
        SequenceId = sequenceId;
        Channel = channel;
        Payload = payload;
        FillBits = fillBits;
        TagBlock = tagBlock;
        ReceiverTime = receiverTime;
    }

    /// <summary>The two talker letters ("AI", "AB", "BS", …).</summary>
    public ReadOnlySpan<byte> Talker { get; }

    /// <summary>True for <c>VDO</c> (own ship), false for <c>VDM</c>.</summary>
    public bool OwnShip { get; }

    /// <summary>How many sentences carry the message (1..9).</summary>
    public int FragmentCount { get; }

    /// <summary>The number of this sentence within its message (1..<see cref="FragmentCount"/>).</summary>
    public int FragmentNumber { get; }

    /// <summary>The sequential message identifier (0..99, normally 0..9), or -1 when the field is empty.</summary>
    public int SequenceId { get; }

    /// <summary>The radio channel character ('A', 'B', '1', '2', …), or 0 when the field is empty.</summary>
    public byte Channel { get; }

    /// <summary>The armored payload characters, all valid six-bit armor.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    /// <summary>Fill bits appended to the payload's last character (0..5).</summary>
    public int FillBits { get; }

    /// <summary>The content of the NMEA 4.10 tag block between '\' and '*' (checksum verified), or empty when absent.</summary>
    public ReadOnlySpan<byte> TagBlock { get; }

    /// <summary>Unix seconds of a receiver timestamp written after the checksum, or null.</summary>
    public long? ReceiverTime { get; }

    /// <summary>True when this sentence is a whole message by itself.</summary>
    public bool IsSingle => FragmentCount == 1;
}
