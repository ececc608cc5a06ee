namespace Concert.Ais.Messages;

/// <summary>
/// Receives decoded messages. The method is generic over the message struct so that a struct handler gets a specialised,
/// allocation-free call per type: test <c>typeof(TMessage)</c> or call <see cref="IAisMessage"/> members directly.
/// </summary>
public interface IAisMessageHandler
{
    /// <summary>Called once for every decoded message.</summary>
    void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>;
}
