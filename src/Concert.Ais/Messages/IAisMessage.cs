using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// One decoded ITU-R M.1371 message. Every message type is its own immutable <c>readonly record struct</c> that keeps the
/// raw field integers (so encoding gives back the same bits) and exposes typed values in real units, with <c>null</c>
/// for "not available".
/// </summary>
public interface IAisMessage
{
    /// <summary>The message type, 1..27.</summary>
    int MessageType { get; }

    /// <summary>Repeat indicator (0..3): how many times the message has been repeated.</summary>
    int Repeat { get; }

    /// <summary>The Maritime Mobile Service Identity of the sender (30 bits).</summary>
    uint Mmsi { get; }

    /// <summary>Writes every field, header included, at its offset.</summary>
    void Encode(AisBitWriter writer);

    /// <summary>
    /// Writes the fields that follow gpsd's common header (<c>class</c>, <c>device</c>, <c>type</c>, <c>repeat</c>,
    /// <c>mmsi</c>, <c>scaled</c>) with gpsd's names, order and formatting.
    /// </summary>
    void WriteGpsd(GpsdJsonWriter writer);
}

/// <summary>A message type that can decode itself from packed bits.</summary>
/// <typeparam name="TSelf">The message record type.</typeparam>
public interface IAisMessage<TSelf> : IAisMessage
    where TSelf : struct, IAisMessage<TSelf>
{
    /// <summary>
    /// Decodes a message of this type, or reports why not. Implementations check the bit length against the range gpsd
    /// accepts for the type and never throw on any input.
    /// </summary>
    static abstract AisDecodeStatus TryDecode(in AisBitReader bits, out TSelf message);
}
