using System.Text;

namespace Concert.Ais.Nmea;

/// <summary>
/// Turns the content of an NMEA 4.10 tag block (<c>s:station,c:unixtime,g:1-2-42</c>, already checksum-verified by
/// <see cref="NmeaSentenceParser"/>) into an <see cref="AisTagBlock"/>.
/// </summary>
/// <remarks>
/// Station names go through a small intern cache so a steady stream allocates nothing; unknown keys (<c>T:</c>, <c>q:</c>,
/// <c>i:</c>, vendor extensions) are skipped. Not thread-safe: one instance per decoder.
/// </remarks>
internal sealed class TagBlockParser
{
    private readonly StringCache _sources = new();

    /// <summary>Parses <paramref name="content"/>; an empty content gives <see cref="AisTagBlock.None"/>.</summary>
    /// <returns><see cref="AisDecodeStatus.Ok"/>, or <see cref="AisDecodeStatus.MalformedField"/> for an unreadable field.</returns>
    public AisDecodeStatus Parse(ReadOnlySpan<byte> content, out AisTagBlock tagBlock)
    {
        tagBlock = AisTagBlock.None;
        if (content.IsEmpty)
        {
            return AisDecodeStatus.Ok;
        }
        string? source = null, destination = null, text = null;
        long? unixTime = null, relativeTime = null;
        int? lineCount = null, groupSentence = null, groupTotal = null, groupId = null;
        foreach (Range range in content.Split((byte)','))
        {
            ReadOnlySpan<byte> field = content[range];
            if (field.Length < 2 || field[1] != ':')
            {
                return AisDecodeStatus.MalformedField;
            }
            ReadOnlySpan<byte> value = field[2..];
            switch (field[0])
            {
                case (byte)'s':
                    source = _sources.Get(value);
                    break;
                case (byte)'c':
                    if (!NmeaNumber.TryParseUnixTime(value, out long seconds))
                    {
                        return AisDecodeStatus.MalformedField;
                    }
                    unixTime = seconds;
                    break;
                case (byte)'d':
                    destination = Encoding.Latin1.GetString(value);
                    break;
                case (byte)'n':
                    if (!NmeaNumber.TryParse(value, out int count))
                    {
                        return AisDecodeStatus.MalformedField;
                    }
                    lineCount = count;
                    break;
                case (byte)'r':
                    if (!NmeaNumber.TryParse(value, out long relative))
                    {
                        return AisDecodeStatus.MalformedField;
                    }
                    relativeTime = relative;
                    break;
                case (byte)'t':
                    text = Encoding.Latin1.GetString(value);
                    break;
                case (byte)'g':
                    if (!TryParseGroup(value, out int sentence, out int total, out int id))
                    {
                        return AisDecodeStatus.MalformedField;
                    }
                    (groupSentence, groupTotal, groupId) = (sentence, total, id);
                    break;
                default:
                    break;
            }
        }
        tagBlock = new AisTagBlock(source, unixTime, destination, lineCount, relativeTime, text, groupSentence, groupTotal, groupId);
        return AisDecodeStatus.Ok;
    }

    private static bool TryParseGroup(ReadOnlySpan<byte> value, out int sentence, out int total, out int id)
    {
        sentence = total = id = 0;
        Span<Range> parts = stackalloc Range[3];
        return ByteFields.Split(value, parts, (byte)'-') == 3
            && NmeaNumber.TryParse(value[parts[0]], out sentence)
            && NmeaNumber.TryParse(value[parts[1]], out total)
            && NmeaNumber.TryParse(value[parts[2]], out id);
    }
}
