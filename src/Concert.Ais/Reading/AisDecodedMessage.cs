using Concert.Ais.Messages;

namespace Concert.Ais.Reading;

/// <summary>A decoded message, boxed, with what the sentence layer knew about it: the convenient, slower form.</summary>
/// <param name="Message">The message record (cast to its type, or to <see cref="IAisPositionReport"/>).</param>
/// <param name="Metadata">Talker, channel, tag block and receiver time.</param>
public sealed record AisDecodedMessage(IAisMessage Message, AisMetadata Metadata);
