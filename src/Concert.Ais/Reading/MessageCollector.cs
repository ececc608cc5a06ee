using Concert.Ais.Messages;

namespace Concert.Ais.Reading;

/// <summary>A handler that boxes each message into a list, for <see cref="AisReader.ReadMessages(Stream, AisReaderOptions?)"/>.</summary>
internal readonly struct MessageCollector(List<AisDecodedMessage> messages) : IAisMessageHandler
{
    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage> =>
        messages.Add(new AisDecodedMessage(message, metadata));
}
