using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concert.Ais;
using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>
/// Writes Concert's own JSON lines (schema in docs/decode-ndjson.md): per message its type and MMSI, what the sentence
/// layer knew (talker, channel, VDO, fragments, tag block, receiver time) and every field of the message record, raw
/// integers and values in real units, camelCase.
/// </summary>
internal sealed class NdjsonOutput : IDecodeOutput, IDisposable
{
    private const int FlushThreshold = 1 << 16;

    // The record's public properties are the schema: raw fields and the typed views computed from them.
    private static readonly JsonSerializerOptions MessageOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new AisBinaryDataJsonConverter() },
    };

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;

    public NdjsonOutput(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = false });
    }

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        _json.WriteStartObject();
        _json.WriteNumber("type"u8, message.MessageType);
        _json.WriteNumber("mmsi"u8, message.Mmsi);
        _json.WriteString("talker"u8, metadata.Talker);
        if (metadata.Channel != '\0')
        {
            _json.WriteString("channel"u8, metadata.Channel.ToString());
        }
        _json.WriteBoolean("vdo"u8, metadata.OwnShip);
        _json.WriteNumber("fragments"u8, metadata.Fragments);
        if (metadata.TagBlock.IsPresent)
        {
            WriteTagBlock(metadata.TagBlock);
        }
        if (metadata.ReceiverTime is long receiverTime)
        {
            _json.WriteNumber("receiverTime"u8, receiverTime);
        }
        _json.WritePropertyName("message"u8);
        JsonSerializer.Serialize(_json, message, MessageOptions);
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            Drain();
        }
    }

    public void Complete()
    {
        Drain();
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteTagBlock(in AisTagBlock tag)
    {
        _json.WriteStartObject("tagBlock"u8);
        WriteIfPresent("source"u8, tag.Source);
        WriteIfPresent("time"u8, tag.UnixTime);
        WriteIfPresent("destination"u8, tag.Destination);
        WriteIfPresent("lineCount"u8, tag.LineCount);
        WriteIfPresent("relativeTime"u8, tag.RelativeTime);
        WriteIfPresent("text"u8, tag.Text);
        if (tag.GroupId is int id)
        {
            _json.WriteStartObject("group"u8);
            WriteIfPresent("sentence"u8, tag.GroupSentence);
            WriteIfPresent("total"u8, tag.GroupTotal);
            _json.WriteNumber("id"u8, id);
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
    }

    private void WriteIfPresent(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void WriteIfPresent(ReadOnlySpan<byte> name, long? value)
    {
        if (value is long v)
        {
            _json.WriteNumber(name, v);
        }
    }

    private void Drain()
    {
        _output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
