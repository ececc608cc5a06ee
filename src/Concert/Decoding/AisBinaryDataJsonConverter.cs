using System.Text.Json;
using System.Text.Json.Serialization;
using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>
/// Writes undecoded binary application data as <c>{"bits":N,"hex":"…"}</c>: the bit count matters because the last byte
/// may be partly padding. Read back is not needed by the decode command.
/// </summary>
internal sealed class AisBinaryDataJsonConverter : JsonConverter<AisBinaryData>
{
    public override AisBinaryData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Concert's ndjson output is write-only.");

    public override void Write(Utf8JsonWriter writer, AisBinaryData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("bits"u8, value.BitCount);
        writer.WriteString("hex"u8, Convert.ToHexStringLower(value.Bytes));
        writer.WriteEndObject();
    }
}
