using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>A format <c>concert decode</c> writes messages in.</summary>
internal interface IDecodeOutput : IAisMessageHandler
{
    /// <summary>Writes whatever is still buffered; called once, after the last message.</summary>
    void Complete();
}
