using System.Text;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;
using Concert.Maritime.Exercise;

namespace Concert.Maritime.Tests.Exercise;

/// <summary>Exercise traffic decoded by the real decoder, as ingest would see it.</summary>
internal sealed class DecodedTraffic : IAisMessageHandler
{
    private DecodedTraffic()
    {
    }

    public List<(IAisMessage Message, AisMetadata Metadata)> Messages { get; } = [];

    public AisStatistics Statistics { get; private set; } = new();

    public static DecodedTraffic Decode(IEnumerable<TimedSentence> lines)
    {
        var traffic = new DecodedTraffic();
        var decoder = new AisLineDecoder();
        foreach (TimedSentence line in lines)
        {
            decoder.Decode(Encoding.ASCII.GetBytes(line.Line), ref traffic);
        }
        decoder.Flush();
        traffic.Statistics = decoder.Statistics;
        return traffic;
    }

    public IEnumerable<(IAisPositionReport Report, DateTimeOffset At, string Station)> PositionsOf(uint mmsi) =>
        Messages.Where(entry => entry.Message.Mmsi == mmsi && entry.Message is IAisPositionReport)
            .Select(entry => ((IAisPositionReport)entry.Message, DateTimeOffset.FromUnixTimeSeconds(entry.Metadata.TagBlock.UnixTime!.Value),
                entry.Metadata.TagBlock.Source!));

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage> => Messages.Add((message, metadata));
}
