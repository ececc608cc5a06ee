namespace Concert.Ais;

/// <summary>Why a line, fragment or payload was not turned into a message. <see cref="Ok"/> means it was.</summary>
public enum AisDecodeStatus
{
    /// <summary>Decoded (or, for a fragment, accepted and waiting for the rest).</summary>
    Ok = 0,

    /// <summary>The line is not an AIVDM/AIVDO sentence (another NMEA sentence, a comment, noise).</summary>
    NotAis,

    /// <summary>The checksum does not match the sentence.</summary>
    BadChecksum,

    /// <summary>The sentence has no checksum and the reader was told to require one.</summary>
    MissingChecksum,

    /// <summary>A field of the sentence or tag block is missing or unreadable (counts, ids, channel, payload characters).</summary>
    MalformedField,

    /// <summary>The fill-bit field is not 0..5, or is not 0 on a fragment that is not the last.</summary>
    BadFillBits,

    /// <summary>The payload's bit length is outside what its message type allows.</summary>
    WrongBitLength,

    /// <summary>The message type is 0 or above 27.</summary>
    UnknownType,

    /// <summary>A fragment arrived whose other parts never did (or came out of order past repair).</summary>
    OrphanFragment,

    /// <summary>The line exceeds the longest line the reader accepts.</summary>
    LineTooLong,

    /// <summary>A fragment was dropped from the assembler to keep its memory bounded.</summary>
    EvictedFragment,

    /// <summary>A fragment repeated one already held for the same message.</summary>
    DuplicateFragment,
}
