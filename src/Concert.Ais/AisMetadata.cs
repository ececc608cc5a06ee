namespace Concert.Ais;

/// <summary>
/// What the sentence layer knows about a message besides its payload: who heard it, on which channel, and the NMEA 4.10
/// tag block if there was one.
/// </summary>
/// <param name="Talker">The two-letter talker ("AI", "AB", "BS", …) of the (first) sentence.</param>
/// <param name="OwnShip">True for <c>VDO</c> (the receiver's own ship), false for <c>VDM</c>.</param>
/// <param name="Channel">The radio channel ('A', 'B', '1', '2'), or '\0' when the sentence left it empty.</param>
/// <param name="Fragments">How many sentences carried the message.</param>
/// <param name="TagBlock">The tag block of the (first) sentence; <see cref="AisTagBlock.None"/> when absent.</param>
/// <param name="ReceiverTime">Unix seconds of a receiver timestamp found after the checksum, or null.</param>
public readonly record struct AisMetadata(
    string Talker,
    bool OwnShip,
    char Channel,
    int Fragments,
    AisTagBlock TagBlock,
    long? ReceiverTime);

/// <summary>
/// The fields of an NMEA 4.10 tag block (<c>\s:station,c:unixtime,g:1-2-42*hh\</c>). Absent fields are null.
/// </summary>
/// <param name="Source">Source station (<c>s:</c>).</param>
/// <param name="UnixTime">Receive time in Unix seconds (<c>c:</c>; values in milliseconds are converted).</param>
/// <param name="Destination">Destination (<c>d:</c>).</param>
/// <param name="LineCount">Line count (<c>n:</c>).</param>
/// <param name="RelativeTime">Relative time (<c>r:</c>).</param>
/// <param name="Text">Free text (<c>t:</c>).</param>
/// <param name="GroupSentence">Sentence number within its group (<c>g:</c> first number).</param>
/// <param name="GroupTotal">Sentences in the group (<c>g:</c> second number).</param>
/// <param name="GroupId">Group identifier (<c>g:</c> third number).</param>
public readonly record struct AisTagBlock(
    string? Source,
    long? UnixTime,
    string? Destination,
    int? LineCount,
    long? RelativeTime,
    string? Text,
    int? GroupSentence,
    int? GroupTotal,
    int? GroupId)
{
    /// <summary>No tag block.</summary>
    public static AisTagBlock None => default;

    /// <summary>True when the sentence had a tag block.</summary>
    public bool IsPresent => Source is not null || UnixTime is not null || Destination is not null || LineCount is not null
        || RelativeTime is not null || Text is not null || GroupId is not null;
}
