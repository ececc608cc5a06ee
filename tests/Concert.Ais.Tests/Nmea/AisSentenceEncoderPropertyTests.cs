using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Ais.Reading;
using FsCheck.Xunit;

namespace Concert.Ais.Tests.Nmea;

public class AisSentenceEncoderPropertyTests
{
    private static int Signed(int value, int width) => value << (32 - width) >> (32 - width);

    private static int Unsigned(int value, int width) => (int)((uint)value & ((1u << width) - 1));

    [Property(MaxTest = 1000)]
    public void Any_class_A_report_comes_back_from_its_sentence(
        byte type, int repeat, uint mmsi, int status, int turn, int speed, bool accuracy, int longitude, int latitude,
        int course, int heading, int second, int maneuver, int spare, bool raim, int radio, char channel)
    {
        var original = new PositionReportClassA(
            1 + type % 3, Unsigned(repeat, 2), mmsi & 0x3FFF_FFFF, Unsigned(status, 4), Signed(turn, 8), Unsigned(speed, 10),
            accuracy, Signed(longitude, 28), Signed(latitude, 27), Unsigned(course, 12), Unsigned(heading, 9), Unsigned(second, 6),
            Unsigned(maneuver, 2), Unsigned(spare, 3), raim, Unsigned(radio, 19));
        char radioChannel = channel is 'A' or 'B' or '1' or '2' ? channel : '\0';
        string line = Assert.Single(new AisSentenceEncoder(channel: radioChannel).Encode(original));
        var handler = new RecordingHandler();
        Assert.Equal(AisDecodeStatus.Ok, new AisLineDecoder(new AisReaderOptions { RequireChecksum = true }).Decode(NmeaText.Bytes(line), ref handler));
        (IAisMessage decoded, AisMetadata metadata) = Assert.Single(handler.Messages);
        Assert.Equal(original, decoded);
        Assert.Equal(radioChannel, metadata.Channel);
    }
}
