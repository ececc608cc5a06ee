namespace Concert.Ais.Reading;

/// <summary>
/// What an <see cref="AisLineDecoder"/> made of its input, line by line: every line it was given is part of a decoded
/// message, rejected for a reason, or pending (a fragment waiting for the rest of its message), so
/// <see cref="Lines"/> = <see cref="MessageLines"/> + <see cref="RejectedLines"/> + <see cref="PendingLines"/>.
/// </summary>
/// <remarks>Updated by the decoder that owns it; not thread-safe while that decoder runs.</remarks>
public sealed class AisStatistics
{
    private readonly long[] _messagesByType = new long[28];
    private readonly long[] _linesByReason = new long[Enum.GetValues<AisDecodeStatus>().Length];

    /// <summary>Lines given to the decoder (readers skip blank lines before that).</summary>
    public long Lines { get; private set; }

    /// <summary>Messages decoded and delivered.</summary>
    public long Messages { get; private set; }

    /// <summary>Lines that were part of decoded messages (a two-sentence message counts two).</summary>
    public long MessageLines { get; private set; }

    /// <summary>Lines rejected, whatever the reason.</summary>
    public long RejectedLines { get; private set; }

    /// <summary>Fragment lines held now, waiting for the rest of their message.</summary>
    public long PendingLines { get; private set; }

    /// <summary>Messages decoded of <paramref name="messageType"/> (1..27); 0 for any other number.</summary>
    public long MessagesOfType(int messageType) =>
        messageType is >= 1 and <= 27 ? _messagesByType[messageType] : 0;

    /// <summary>Lines rejected for <paramref name="reason"/> (0 for <see cref="AisDecodeStatus.Ok"/>).</summary>
    public long LinesRejectedFor(AisDecodeStatus reason) =>
        (uint)reason < (uint)_linesByReason.Length ? _linesByReason[(int)reason] : 0;

    internal void CountLine() => Lines++;

    internal void CountMessage(int messageType, int lines)
    {
        Messages++;
        MessageLines += lines;
        _messagesByType[messageType]++;
    }

    internal void CountRejected(AisDecodeStatus reason, int lines)
    {
        RejectedLines += lines;
        _linesByReason[(int)reason] += lines;
    }

    internal void CountPending(int lines) => PendingLines += lines;
}
