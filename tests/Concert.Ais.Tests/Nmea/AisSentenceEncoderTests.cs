using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Ais.Reading;

namespace Concert.Ais.Tests.Nmea;

public class AisSentenceEncoderTests
{
    private static PositionReportClassA DecodeTypeOne(string line)
    {
        var handler = new RecordingHandler();
        Assert.Equal(AisDecodeStatus.Ok, new AisLineDecoder().Decode(NmeaText.Bytes(line), ref handler));
        return Assert.IsType<PositionReportClassA>(Assert.Single(handler.Messages).Message);
    }

    [Theory]
    // gpsd test/sample.aivdm: type 1, 2 and 3 sentences, all single, channel A or B, no sequential id.
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A", 'A')]
    [InlineData("!AIVDM,1,1,,B,25Cjtd0Oj;Jp7ilG7=UkKBoB0<06,0*60", 'B')]
    [InlineData("!AIVDM,1,1,,A,38Id705000rRVJhE7cl9n;160000,0*40", 'A')]
    public void Gives_back_the_sentence_a_transponder_sent(string line, char channel)
    {
        var encoder = new AisSentenceEncoder(channel: channel);
        Assert.Equal([line], encoder.Encode(DecodeTypeOne(line)));
    }

    [Fact]
    public void Round_trips_through_the_decoder()
    {
        var original = new PositionReportClassA(3, 1, 563808000, 5, 0, 0, true, -45796520, 22146000, 2520, 352, 35, 0, 0, false, 0);
        var encoder = new AisSentenceEncoder("BS", 'B', ownShip: true);
        string line = Assert.Single(encoder.Encode(original));
        Assert.StartsWith("!BSVDO,1,1,,B,", line, StringComparison.Ordinal);
        var handler = new RecordingHandler();
        Assert.Equal(AisDecodeStatus.Ok, new AisLineDecoder(new AisReaderOptions { RequireChecksum = true }).Decode(NmeaText.Bytes(line), ref handler));
        (IAisMessage message, AisMetadata metadata) = Assert.Single(handler.Messages);
        Assert.Equal(original, message);
        Assert.Equal("BS", metadata.Talker);
        Assert.True(metadata.OwnShip);
        Assert.Equal('B', metadata.Channel);
    }

    [Fact]
    public void Leaves_the_channel_empty_when_asked() =>
        Assert.StartsWith("!AIVDM,1,1,,,", Assert.Single(new AisSentenceEncoder(channel: '\0').Encode(DecodeTypeOne(
            "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"))), StringComparison.Ordinal);

    [Fact]
    public void Splits_long_messages_into_60_character_fragments_with_a_cycling_sequential_id()
    {
        var encoder = new AisSentenceEncoder();
        var message = new LongTestMessage(400);
        var sequenceIds = new List<int>();
        for (int i = 0; i < 12; i++)
        {
            IReadOnlyList<string> sentences = encoder.Encode(message);
            Assert.Equal(2, sentences.Count);
            var payload = new List<byte>();
            int sequenceId = -2;
            for (int number = 1; number <= 2; number++)
            {
                Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(sentences[number - 1]), true, out NmeaSentence sentence));
                Assert.Equal(2, sentence.FragmentCount);
                Assert.Equal(number, sentence.FragmentNumber);
                Assert.InRange(sentence.Payload.Length, 1, AisSentenceEncoder.MaxPayloadCharacters);
                // 400 bits are 67 characters of which the last carries 2 fill bits; only the last sentence says so.
                Assert.Equal(number == 2 ? 2 : 0, sentence.FillBits);
                Assert.True(sequenceId == -2 || sequenceId == sentence.SequenceId);
                sequenceId = sentence.SequenceId;
                payload.AddRange(sentence.Payload.ToArray());
            }
            sequenceIds.Add(sequenceId);
            Assert.Equal(67, payload.Count);
            byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
            Assert.Equal(402, PayloadArmor.Unpack(payload.ToArray(), packed, 0));
            Assert.Equal(LongTestMessage.Pattern(400), packed[..50]);
        }
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1], sequenceIds);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("ai")]
    [InlineData("AIS")]
    public void Refuses_a_talker_that_is_not_two_letters(string talker) =>
        Assert.Throws<ArgumentException>(() => new AisSentenceEncoder(talker));

    [Fact]
    public void Refuses_a_channel_that_is_not_a_letter_or_digit() =>
        Assert.Throws<ArgumentException>(() => new AisSentenceEncoder(channel: ','));

    /// <summary>A message of any length with a recognisable bit pattern, to exercise fragmenting.</summary>
    private sealed record LongTestMessage(int BitLength) : IAisMessage
    {
        public int MessageType => 8;

        public int Repeat => 0;

        public uint Mmsi => 0;

        public static byte[] Pattern(int bits)
        {
            byte[] bytes = new byte[(bits + 7) / 8];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(0x21 + i * 7);
            }
            return bytes;
        }

        public void Encode(AisBitWriter writer) => writer.Bits(0, Pattern(BitLength), BitLength);

        public void WriteGpsd(GpsdJsonWriter writer) => throw new NotSupportedException();
    }
}
