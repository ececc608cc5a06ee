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
    private readonly StringBuilder _line = new(128);
    /// <summary>Adds the lines of one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="station">The station that heard it.</param>
    /// <param name="at">When.</param>
    /// <param name="transmitter">Its transmitter's index.</param>
    /// <param name="onChannelB">Sent on channel B rather than A (transponders alternate).</param>
    /// <param name="output">Where the lines go.</param>
    public void Add(IAisMessage message, string station, DateTimeOffset at, int transmitter, bool onChannelB, List<TimedSentence> output)
    {
        AisSentenceEncoder encoder = onChannelB ? _channelB : _channelA;
        string tagBlock = TagBlock(station, at.ToUnixTimeSeconds());
        foreach (string sentence in encoder.Encode(message))
        {
            output.Add(new TimedSentence(at, transmitter, string.Concat(tagBlock, sentence)));
        }
    }

    private string TagBlock(string station, long unixSeconds)
    {
        _line.Clear().Append("s:").Append(station).Append(",c:").Append(unixSeconds.ToString(CultureInfo.InvariantCulture));
        string fields = _line.ToString();
        Span<byte> checksum = stackalloc byte[2];
        NmeaChecksum.WriteHex(NmeaChecksum.Compute(Encoding.ASCII.GetBytes(fields)), checksum);
        return string.Concat("\\", fields, "*", Encoding.ASCII.GetString(checksum), "\\");
    }
}
