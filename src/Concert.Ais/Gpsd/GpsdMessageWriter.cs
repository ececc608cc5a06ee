using System.Runtime.CompilerServices;
using Concert.Ais.Messages;

namespace Concert.Ais.Gpsd;

/// <summary>
/// Writes a stream of decoded messages exactly as <c>gpsdecode -s -j</c> does (<c>-u</c> when the JSON writer is
/// unscaled): one object per message, type 24 parts separately, except that gpsd prints a part B as one object joined
/// to the part A it remembers from the same MMSI on the same channel (<c>shipname</c>, then the part B fields).
/// </summary>
/// <remarks>Use it as the handler of an <see cref="Reading.AisLineDecoder"/>. Allocation-free for everything but type 24. Not thread-safe.</remarks>
public sealed class GpsdMessageWriter : IAisMessageHandler
{
    // gpsd keeps one queue per VHF channel: A (also written 1, or left empty) and B (also written 2).
    private readonly GpsdType24Queue _channelA = new();
    private readonly GpsdType24Queue _channelB = new();

    /// <summary>Creates a writer that appends to <paramref name="json"/>.</summary>
    public GpsdMessageWriter(GpsdJsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Json = json;
    }

    /// <summary>
    /// True (the default) to print type 24 parts as <c>gpsdecode -s</c> does; false to print, as plain <c>gpsdecode</c>
    /// does, only part Bs joined to a remembered part A, and nothing for a part A or an unmatched part B.
    /// </summary>
    public bool SplitType24 { get; init; } = true;

    /// <summary>The JSON writer that holds the output until it is flushed.</summary>
    public GpsdJsonWriter Json { get; }

    /// <inheritdoc />
    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        // typeof tests on a struct type parameter are constants to the JIT: other types pay nothing for these checks.
        if (typeof(TMessage) == typeof(StaticDataReportPartA))
        {
            ref readonly StaticDataReportPartA partA = ref Unsafe.As<TMessage, StaticDataReportPartA>(ref Unsafe.AsRef(in message));
            QueueFor(metadata.Channel).Remember(partA.Mmsi, partA.ShipName);
            if (!SplitType24)
            {
                return;
            }
        }
        else if (typeof(TMessage) == typeof(StaticDataReportPartB))
        {
            ref readonly StaticDataReportPartB partB = ref Unsafe.As<TMessage, StaticDataReportPartB>(ref Unsafe.AsRef(in message));
            if (QueueFor(metadata.Channel).TryTake(partB.Mmsi, out string shipName))
            {
                Json.BeginMessage(partB.MessageType, partB.Repeat, partB.Mmsi);
                Json.Field("shipname"u8, shipName);
                partB.WriteGpsdFields(Json);
                Json.EndMessage();
                return;
            }
            if (!SplitType24)
            {
                return;
            }
        }
        Json.BeginMessage(message.MessageType, message.Repeat, message.Mmsi);
        message.WriteGpsd(Json);
        Json.EndMessage();
    }

    private GpsdType24Queue QueueFor(char channel) => channel is 'B' or '2' ? _channelB : _channelA;
}
