using System.Globalization;
using System.Text;
using Concert.Ais.Messages;
using Concert.Ais.Nmea;

namespace Concert.Maritime.Exercise;

/// <summary>
/// Writes messages as received lines: an NMEA 4.10 tag block with the receiving station and the receive time
/// (<c>\s:SG-SENTOSA,c:1772409600*hh\</c>) before each <c>!AIVDM</c> sentence, on channel A or B.
/// </summary>
/// <remarks>Not thread-safe: one per generating thread.</remarks>
internal sealed class SentenceFormatter
{
    private readonly AisSentenceEncoder _channelA = new("AI", 'A');
    private readonly AisSentenceEncoder _channelB = new("AI", 'B');
    // One line is built here as ASCII and handed to the sink, which copies it: a global day is hundreds of millions of lines.
    private readonly byte[] _line = new byte[512];

    /// <summary>Adds the lines of one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="station">The station that heard it.</param>
    /// <param name="at">When.</param>
    /// <param name="transmitter">Its transmitter's index.</param>
    /// <param name="onChannelB">Sent on channel B rather than A (transponders alternate).</param>
    /// <param name="output">Where the lines go.</param>
    public void Add(IAisMessage message, string station, DateTimeOffset at, int transmitter, bool onChannelB, ISentenceSink output)
    {
        AisSentenceEncoder encoder = onChannelB ? _channelB : _channelA;
        int tagBlock = WriteTagBlock(station, at.ToUnixTimeSeconds());
        foreach (string sentence in encoder.Encode(message))
        {
            int length = tagBlock + Encoding.ASCII.GetBytes(sentence, _line.AsSpan(tagBlock));
            output.Add(at, transmitter, _line.AsSpan(0, length));
        }
    }

    // Writes \s:STATION,c:SECONDS*hh\ at the start of the line buffer and returns its length.
    private int WriteTagBlock(string station, long unixSeconds)
    {
        Span<byte> line = _line;
        line[0] = (byte)'\\';
        int length = 1;
        length += Encoding.ASCII.GetBytes("s:", line[length..]);
        length += Encoding.ASCII.GetBytes(station, line[length..]);
        length += Encoding.ASCII.GetBytes(",c:", line[length..]);
        unixSeconds.TryFormat(line[length..], out int digits, default, CultureInfo.InvariantCulture);
        length += digits;
        byte checksum = NmeaChecksum.Compute(line[1..length]);
        line[length++] = (byte)'*';
        NmeaChecksum.WriteHex(checksum, line.Slice(length, 2));
        length += 2;
        line[length++] = (byte)'\\';
        return length;
    }
}
