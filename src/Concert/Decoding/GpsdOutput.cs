using Concert.Ais;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>
/// Writes each message as <c>gpsdecode -s -j</c> does (<c>-u</c> when unscaled), one JSON object per line, so Concert can
/// replace gpsdecode in a pipeline: byte for byte, "\r\n" line ends and gpsd's type 24 joining included.
/// </summary>
internal sealed class GpsdOutput(Stream output, bool scaled) : IDecodeOutput
{
    private const int FlushThreshold = 1 << 16;
    private readonly GpsdMessageWriter _writer = new(new GpsdJsonWriter(scaled) { CarriageReturn = true });

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        _writer.OnMessage(in message, in metadata);
        if (_writer.Json.Written.Length >= FlushThreshold)
        {
            _writer.Json.FlushTo(output);
        }
    }

    public void Complete()
    {
        _writer.Json.FlushTo(output);
        output.Flush();
    }
}
