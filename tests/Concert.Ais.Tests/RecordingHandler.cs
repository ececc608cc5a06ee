using Concert.Ais.Messages;

namespace Concert.Ais.Tests;

/// <summary>Keeps every message it is given, boxed, with its metadata.</summary>
internal sealed class RecordingHandler : IAisMessageHandler
{
    public List<(IAisMessage Message, AisMetadata Metadata)> Messages { get; } = [];

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage> => Messages.Add((message, metadata));
}
