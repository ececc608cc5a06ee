using Concert.Ais.Bits;

namespace Concert.Ais.Nmea;

/// <summary>
/// Parses one line holding an optional NMEA 4.10 tag block and a <c>!xxVDM</c> / <c>!xxVDO</c> sentence, straight from
/// bytes: no string is built and nothing is allocated.
/// </summary>
/// <remarks>
/// Accepted: any two-letter talker; upper- or lower-case checksum digits; anything after the checksum (receivers append
/// station ids, signal levels and timestamps), of which a trailing Unix time is kept. Rejected with a reason: everything
/// else. Stateless and thread-safe.
/// </remarks>
public static class NmeaSentenceParser
{
    /// <summary>Parses <paramref name="line"/> (without its line terminator; surrounding white space is ignored).</summary>
    /// <param name="line">The bytes of one line.</param>
    /// <param name="requireChecksum">Reject sentences and tag blocks that carry no checksum.</param>
    /// <param name="sentence">The parsed sentence when the result is <see cref="AisDecodeStatus.Ok"/>.</param>
    /// <returns><see cref="AisDecodeStatus.Ok"/> or the reason the line is not a usable AIS sentence.</returns>
    public static AisDecodeStatus Parse(ReadOnlySpan<byte> line, bool requireChecksum, out NmeaSentence sentence)
    {
        sentence = default;
        line = line.Trim(" \t\r\n"u8);
        ReadOnlySpan<byte> tagBlock = default;
        if (!line.IsEmpty && line[0] == '\\')
        {
            AisDecodeStatus tagStatus = SplitTagBlock(line, requireChecksum, out tagBlock, out line);
            if (tagStatus != AisDecodeStatus.Ok)
            {
                return tagStatus;
            }
        }
        if (!IsAisSentenceStart(line))
        {
            return AisDecodeStatus.NotAis;
        }

        ReadOnlySpan<byte> fields;
        ReadOnlySpan<byte> trailer = default;
        int star = line.IndexOf((byte)'*');
        if (star < 0)
        {
            if (requireChecksum)
            {
                return AisDecodeStatus.MissingChecksum;
            }
            fields = line[7..];
        }
        else
        {
            if (line.Length < star + 3 || NmeaChecksum.ParseHex(line[star + 1], line[star + 2]) != NmeaChecksum.Compute(line[1..star]))
            {
                return AisDecodeStatus.BadChecksum;
            }
            fields = line[7..star];
            trailer = line[(star + 3)..];
        }
        return ParseFields(line[1..3], line[5] == 'O', fields, tagBlock, trailer, out sentence);
    }

    private static bool IsAisSentenceStart(ReadOnlySpan<byte> line) =>
        line.Length >= 7 && line[0] == '!' && IsUpperLetter(line[1]) && IsUpperLetter(line[2])
        && line[3] == 'V' && line[4] == 'D' && (line[5] == 'M' || line[5] == 'O') && line[6] == ',';

    private static bool IsUpperLetter(byte c) => c is >= (byte)'A' and <= (byte)'Z';

    private static AisDecodeStatus SplitTagBlock(
        ReadOnlySpan<byte> line, bool requireChecksum, out ReadOnlySpan<byte> content, out ReadOnlySpan<byte> rest)
    {
        content = default;
        rest = default;
        int close = line[1..].IndexOf((byte)'\\');
        if (close < 0)
        {
            return AisDecodeStatus.MalformedField;
        }
        ReadOnlySpan<byte> framed = line.Slice(1, close);
        rest = line[(close + 2)..];
        int star = framed.IndexOf((byte)'*');
        if (star < 0)
        {
            if (requireChecksum)
            {
                return AisDecodeStatus.MissingChecksum;
            }
            content = framed;
            return AisDecodeStatus.Ok;
        }
        if (framed.Length != star + 3 || NmeaChecksum.ParseHex(framed[star + 1], framed[star + 2]) != NmeaChecksum.Compute(framed[..star]))
        {
            return AisDecodeStatus.BadChecksum;
        }
        content = framed[..star];
        return AisDecodeStatus.Ok;
    }

    private static AisDecodeStatus ParseFields(
        ReadOnlySpan<byte> talker,
        bool ownShip,
        ReadOnlySpan<byte> fields,
        ReadOnlySpan<byte> tagBlock,
        ReadOnlySpan<byte> trailer,
        out NmeaSentence sentence)
    {
        sentence = default;
        // Exactly six fields: count, number, sequential id, channel, payload, fill bits.
        Span<Range> ranges = stackalloc Range[6];
        if (ByteFields.Split(fields, ranges, (byte)',') != 6)
        {
            return AisDecodeStatus.MalformedField;
        }
        if (!NmeaNumber.TryParse(fields[ranges[0]], out int count) || count is < 1 or > 9
            || !NmeaNumber.TryParse(fields[ranges[1]], out int number) || number < 1 || number > count)
        {
            return AisDecodeStatus.MalformedField;
        }
        ReadOnlySpan<byte> sequenceField = fields[ranges[2]];
        int sequenceId = -1;
        if (!sequenceField.IsEmpty && (sequenceField.Length > 2 || !NmeaNumber.TryParse(sequenceField, out sequenceId)))
        {
            return AisDecodeStatus.MalformedField;
        }
        ReadOnlySpan<byte> channelField = fields[ranges[3]];
        byte channel = 0;
        if (!channelField.IsEmpty)
        {
            // The VHF data link has two channels, written A/B or 1/2; gpsd rejects any other letter, and so do we.
            if (channelField.Length != 1 || channelField[0] is not ((byte)'A' or (byte)'B' or (byte)'1' or (byte)'2'))
            {
                return AisDecodeStatus.MalformedField;
            }
            channel = channelField[0];
        }
        ReadOnlySpan<byte> payload = fields[ranges[4]];
        if (!PayloadArmor.IsValid(payload))
        {
            return AisDecodeStatus.MalformedField;
        }
        ReadOnlySpan<byte> fillField = fields[ranges[5]];
        if (fillField.Length != 1 || fillField[0] is < (byte)'0' or > (byte)'5')
        {
            return AisDecodeStatus.BadFillBits;
        }
        int fill = fillField[0] - '0';
        // Only the last sentence may end part-way through a character.
        if (number < count && fill != 0)
        {
            return AisDecodeStatus.BadFillBits;
        }
        sentence = new NmeaSentence(talker, ownShip, count, number, sequenceId, channel, payload, fill, tagBlock, ReceiverTimestamp.Find(trailer));
        return AisDecodeStatus.Ok;
    }
}
