using Concert.Ais;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>
/// Writes each message as <c>gpsdecode -j</c> does (<c>-u</c> when unscaled), one JSON object per line, so Concert can
/// replace gpsdecode in a pipeline: byte for byte, "\r\n" line ends included. Type 24 parts are written separately, as
/// <c>gpsdecode -s</c> does.
/// </summary>
internal sealed class GpsdOutput(Stream output, bool scaled) : IDecodeOutput
{
    private const int FlushThreshold = 1 << 16;
    private readonly GpsdJsonWriter _writer = new(scaled) { CarriageReturn = true };

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        _writer.BeginMessage(message.MessageType, message.Repeat, message.Mmsi);
        message.WriteGpsd(_writer);
        _writer.EndMessage();
        if (_writer.Written.Length >= FlushThreshold)
        {
            _writer.FlushTo(output);
        }
    }

    public void Complete()
    {
        _writer.FlushTo(output);
        output.Flush();
    }
}
