using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Messages;

namespace Concert.Ais.Nmea;

/// <summary>
/// Writes any <see cref="IAisMessage"/> as NMEA sentences (<c>!AIVDM,n,m,seq,channel,payload,fill*hh</c>), split into
/// fragments of at most <see cref="MaxPayloadCharacters"/> payload characters. Multi-sentence messages get a sequential id
/// that cycles 0..9, as transponders do; single sentences leave it empty.
/// </summary>
/// <remarks>Not thread-safe: it keeps the sequential id and a bit buffer between calls.</remarks>
public sealed class AisSentenceEncoder
{
    /// <summary>The most payload characters put in one sentence, which keeps every sentence within NMEA's 82 characters.</summary>
    public const int MaxPayloadCharacters = 60;

    private readonly AisBitWriter _writer = new();
    private readonly byte[] _armored = new byte[PayloadArmor.MaxBits / 6 + 1];
    private int _nextSequenceId;

    /// <summary>Creates an encoder.</summary>
    /// <param name="talker">Two upper-case letters: "AI" (mobile station), "AB" (base station), "BS", …</param>
    /// <param name="channel">'A', 'B' (or '1', '2'), or '\0' to leave the channel field empty.</param>
    /// <param name="ownShip">Write <c>VDO</c> (own ship) instead of <c>VDM</c>.</param>
    public AisSentenceEncoder(string talker = "AI", char channel = 'A', bool ownShip = false)
    {
        ArgumentNullException.ThrowIfNull(talker);
        if (talker.Length != 2 || !char.IsAsciiLetterUpper(talker[0]) || !char.IsAsciiLetterUpper(talker[1]))
        {
            throw new ArgumentException("A talker is two upper-case letters.", nameof(talker));
        }
        if (channel is not ('\0' or 'A' or 'B' or '1' or '2'))
        {
            throw new ArgumentException("A channel is 'A', 'B', '1', '2', or '\\0' for none.", nameof(channel));
        }
        Talker = talker;
        Channel = channel;
        OwnShip = ownShip;
    }

    /// <summary>The talker written in every sentence.</summary>
    public string Talker { get; }

    /// <summary>The channel written in every sentence ('\0' for an empty field).</summary>
    public char Channel { get; }

    /// <summary>True when sentences are <c>VDO</c>.</summary>
    public bool OwnShip { get; }

    /// <summary>Encodes <paramref name="message"/> into one or more sentences, without line terminators.</summary>
    public IReadOnlyList<string> Encode(IAisMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _writer.Reset();
        message.Encode(_writer);
        int bitLength = _writer.BitLength;
        int fill = PayloadArmor.Pack(_writer.Packed, bitLength, _armored);
        ReadOnlySpan<byte> payload = _armored.AsSpan(0, (bitLength + 5) / 6);
        int count = Math.Max(1, (payload.Length + MaxPayloadCharacters - 1) / MaxPayloadCharacters);
        string sequenceId = string.Empty;
        if (count > 1)
        {
            sequenceId = _nextSequenceId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _nextSequenceId = (_nextSequenceId + 1) % 10;
        }
        var sentences = new string[count];
        for (int i = 0; i < count; i++)
        {
            int start = i * MaxPayloadCharacters;
            ReadOnlySpan<byte> part = payload[start..Math.Min(payload.Length, start + MaxPayloadCharacters)];
            sentences[i] = Sentence(count, i + 1, sequenceId, part, i == count - 1 ? fill : 0);
        }
        return sentences;
    }

    private string Sentence(int count, int number, string sequenceId, ReadOnlySpan<byte> payload, int fill)
    {
        var body = new StringBuilder(90);
        body.Append(Talker).Append(OwnShip ? "VDO" : "VDM")
            .Append(',').Append((char)('0' + count))
            .Append(',').Append((char)('0' + number))
            .Append(',').Append(sequenceId)
            .Append(',');
        if (Channel != '\0')
        {
            body.Append(Channel);
        }
        body.Append(',').Append(Encoding.ASCII.GetString(payload)).Append(',').Append((char)('0' + fill));
        string covered = body.ToString();
        Span<byte> checksum = stackalloc byte[2];
        NmeaChecksum.WriteHex(NmeaChecksum.Compute(Encoding.ASCII.GetBytes(covered)), checksum);
        return string.Concat("!", covered, "*", Encoding.ASCII.GetString(checksum));
    }
}
