using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Messages;

namespace Concert.Maritime.Tests.Support;

/// <summary>Writes single-sentence AIVDM lines (with an optional tag block) for tests, benchmarks and the probe.</summary>
public static class NmeaSentences
{
    /// <summary>A type 1 position report as one NMEA line.</summary>
    public static string PositionA(uint mmsi, double latitude, double longitude, double speedKnots = 10.0, double course = 90.0,
        int heading = 90, int second = 0, long? unixTime = null, string? station = null, char channel = 'A')
    {
        var report = new PositionReportClassA(1, 0, mmsi, 0, -128, (int)Math.Round(speedKnots * 10), false,
            (int)Math.Round(longitude * 600_000), (int)Math.Round(latitude * 600_000), (int)Math.Round(course * 10), heading,
            second, 0, 0, false, 0);
        return Line(report, unixTime, station, channel);
    }

    /// <summary>Encodes any message as one NMEA line with an optional tag block (c: and s:).</summary>
    public static string Line<TMessage>(TMessage message, long? unixTime = null, string? station = null, char channel = 'A')
        where TMessage : struct, IAisMessage<TMessage>
    {
        var writer = new AisBitWriter();
        message.Encode(writer);
        var armored = new byte[(writer.BitLength + 5) / 6];
        int fill = PayloadArmor.Pack(writer.Packed, writer.BitLength, armored);
        string sentence = $"AIVDM,1,1,,{channel},{Encoding.ASCII.GetString(armored)},{fill}";
        string line = $"!{sentence}*{Checksum(sentence):X2}";
        if (unixTime is null && station is null)
        {
            return line;
        }
        var tags = new List<string>();
        if (station is not null)
        {
            tags.Add($"s:{station}");
        }
        if (unixTime is not null)
        {
            tags.Add($"c:{unixTime}");
        }
        string tagBlock = string.Join(',', tags);
        return $"\\{tagBlock}*{Checksum(tagBlock):X2}\\{line}";
    }

    /// <summary>An NMEA line (a recorded one, say) behind a tag block giving its receiving station and receive time.</summary>
    public static string Tagged(string line, string station, long unixTime)
    {
        string tagBlock = $"s:{station},c:{unixTime}";
        return $"\\{tagBlock}*{Checksum(tagBlock):X2}\\{line}";
    }

    private static int Checksum(string text)
    {
        int sum = 0;
        foreach (char c in text)
        {
            sum ^= c;
        }
        return sum;
    }
}
