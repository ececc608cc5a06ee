using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Nmea;

namespace Concert.Ais.Reading;

/// <summary>
/// Decodes AIS from NMEA lines, one at a time: parses the sentence and its tag block, joins multi-sentence messages,
/// decodes the payload and hands each message to a handler. Every line is counted in <see cref="Statistics"/>.
/// </summary>
/// <remarks>
/// Decoding a single-sentence message allocates nothing: the payload is unpacked into a reused buffer and talkers and
/// tag-block stations are interned. One instance per input stream; not thread-safe.
/// </remarks>
public sealed class AisLineDecoder
{
    private readonly byte[] _packed = new byte[PayloadArmor.MaxPackedBytes];
    private readonly StringCache _talkers = new(64);
    private readonly TagBlockParser _tagBlocks = new();
    private readonly FragmentAssembler _assembler;

    /// <summary>Creates a decoder.</summary>
    /// <param name="options">Strictness and memory bounds; <see cref="AisReaderOptions.Default"/> when null.</param>
    public AisLineDecoder(AisReaderOptions? options = null)
    {
        Options = options ?? AisReaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxLineLength, 16, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxPendingMessages, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.FragmentMaxAgeLines, 1, nameof(options));
        _assembler = new FragmentAssembler(Options, Statistics);
    }

    /// <summary>The options this decoder was created with.</summary>
    public AisReaderOptions Options { get; }

    /// <summary>Counts of lines, messages by type and rejections by reason so far.</summary>
    public AisStatistics Statistics { get; } = new();

    /// <summary>
    /// The payload of the message being handed to a handler, as received: 6-bit armor unpacked eight bits to a byte, the
    /// first <see cref="DeliveredPayloadBits"/> bits being the message (any fill bits follow as sent). Lets a handler use
    /// the received bits (a hash of them, for instance) without encoding the message again. Valid only while the
    /// handler's <see cref="IAisMessageHandler.OnMessage"/> runs; empty otherwise.
    /// </summary>
    public ReadOnlySpan<byte> DeliveredPayload => _packed.AsSpan(0, (DeliveredPayloadBits + 7) / 8);

    /// <summary>How many bits <see cref="DeliveredPayload"/> holds; 0 outside a handler's call.</summary>
    public int DeliveredPayloadBits { get; private set; }

    /// <summary>Multi-sentence messages waiting for fragments.</summary>
    public int PendingMessages => _assembler.PendingCount;

    /// <summary>
    /// Decodes one line (without its terminator) and passes any message it completes to <paramref name="handler"/>.
    /// Never throws on bad input.
    /// </summary>
    /// <returns>
    /// <see cref="AisDecodeStatus.Ok"/> when the line completed a message or is a fragment held for one; otherwise why the
    /// line (with the fragments it completed) was rejected.
    /// </returns>
    public AisDecodeStatus Decode<THandler>(ReadOnlySpan<byte> line, ref THandler handler)
        where THandler : IAisMessageHandler
    {
        Statistics.CountLine();
        long lineNumber = Statistics.Lines;
        _assembler.Expire(lineNumber);
        AisDecodeStatus status = DecodeLine(line, lineNumber, ref handler, out int lines);
        if (status != AisDecodeStatus.Ok)
        {
            Statistics.CountRejected(status, lines);
        }
        return status;
    }

    /// <summary>
    /// Declares the end of the input: messages still waiting for fragments are dropped and their lines counted as
    /// <see cref="AisDecodeStatus.OrphanFragment"/>.
    /// </summary>
    public void Flush() => _assembler.Flush();

    private AisDecodeStatus DecodeLine<THandler>(ReadOnlySpan<byte> line, long lineNumber, ref THandler handler, out int lines)
        where THandler : IAisMessageHandler
    {
        lines = 1;
        if (line.Length > Options.MaxLineLength)
        {
            return AisDecodeStatus.LineTooLong;
        }
        AisDecodeStatus status = NmeaSentenceParser.Parse(line, Options.RequireChecksum, out NmeaSentence sentence);
        if (status != AisDecodeStatus.Ok)
        {
            return status;
        }
        status = _tagBlocks.Parse(sentence.TagBlock, out AisTagBlock tagBlock);
        if (status != AisDecodeStatus.Ok)
        {
            return status;
        }
        var metadata = new AisMetadata(
            _talkers.Get(sentence.Talker),
            sentence.OwnShip,
            sentence.Channel == 0 ? '\0' : (char)sentence.Channel,
            sentence.FragmentCount,
            tagBlock,
            sentence.ReceiverTime);

        if (sentence.IsSingle)
        {
            if (sentence.Payload.Length > PendingMessage.MaxPayloadCharacters)
            {
                return AisDecodeStatus.WrongBitLength;
            }
            int bits = PayloadArmor.Unpack(sentence.Payload, _packed, 0) - sentence.FillBits;
            return DecodePayload(bits, metadata, ref handler, lines);
        }

        var key = new FragmentKey(
            sentence.Talker[0] << 8 | sentence.Talker[1],
            sentence.OwnShip,
            sentence.SequenceId,
            sentence.Channel,
            tagBlock.GroupId ?? -1,
            tagBlock.GroupId is null ? tagBlock.Source : null);
        status = _assembler.Add(sentence, key, metadata, lineNumber, out PendingMessage? complete);
        if (status != AisDecodeStatus.Ok || complete is null)
        {
            return status;
        }
        lines = complete.Total;
        try
        {
            if (complete.PayloadCharacters > PendingMessage.MaxPayloadCharacters)
            {
                return AisDecodeStatus.WrongBitLength;
            }
            return DecodePayload(complete.Unpack(_packed), complete.Metadata, ref handler, lines);
        }
        finally
        {
            _assembler.Release(complete);
        }
    }

    private AisDecodeStatus DecodePayload<THandler>(int bits, in AisMetadata metadata, ref THandler handler, int lines)
        where THandler : IAisMessageHandler
    {
        try
        {
            // A payload that is too short for its fill bits (e.g. "0" with fill 5 … or empty) decodes as nothing.
            var reader = new AisBitReader(_packed, Math.Max(bits, 0));
            DeliveredPayloadBits = Math.Max(bits, 0);
            AisDecodeStatus status = AisMessageDecoder.Decode(reader, metadata, ref handler);
            if (status == AisDecodeStatus.Ok)
            {
                Statistics.CountMessage(reader.MessageType, lines);
            }
            return status;
        }
        finally
        {
            DeliveredPayloadBits = 0;
            // Zero what the payload used so the next one starts from a clean buffer (the reader relies on zero padding).
            _packed.AsSpan(0, Math.Min(_packed.Length, (Math.Max(bits, 0) + 13) / 8)).Clear();
        }
    }
}
